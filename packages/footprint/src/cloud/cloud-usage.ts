import type { Decimal } from "decimal.js";
import * as z from "zod/mini";
import { check, zNonNegativeDecimal, zPositiveDecimal, type DecimalInput } from "@nrs/core";
import { CCF_HOST_EMBODIED, type CloudProvider } from "./cloud-carbon-footprint-coefficients.js";
import type { GridIntensityInput } from "../grid-intensity.js";

/** Cloud usage over a period, as {@link computeCloudFootprint} takes it. */
export interface CloudUsage {
  /** Cloud provider. */
  readonly provider: CloudProvider;
  /** Provider region code, e.g. `eu-west-3`, `europe-west9`, `francecentral`. */
  readonly region: string;
  /**
   * Grid emission factor in kgCO2e/kWh, for a region whose factor is not shipped (see `CCF_REGIONS`) or
   * to use your own: a number (give `gridSource` with it) or a factor-pack row in gCO2e/kWh, kgCO2e/kWh
   * or tCO2e/kWh, cited in the trace.
   */
  readonly gridKgCO2ePerKWh?: GridIntensityInput;
  /** Where `gridKgCO2ePerKWh` comes from (shown in the trace). */
  readonly gridSource?: string;
  /** Power usage effectiveness; defaults to the provider's fleet average (CCF). */
  readonly pue?: DecimalInput;
  /** Virtual machines. */
  readonly compute?: {
    /** vCPU-hours used (vCPUs × hours). */
    readonly vcpuHours: DecimalInput;
    /** Average CPU utilisation as a share from 0 to 1; CCF's 50 % when absent (then min/max span 0–100 %). */
    readonly utilisation?: DecimalInput;
    /** Embodied emissions of the host: a shipped family (`"aws-m5"`) or your own figures. Absent: no manufacturing cell. */
    readonly embodied?: keyof typeof CCF_HOST_EMBODIED | HostEmbodied;
  };
  /** Memory to charge, in GB-hours. CCF charges, for compute, only memory beyond what its CPU figures include. */
  readonly memory?: {
    /** GB-hours of memory to charge. */
    readonly gbHours: DecimalInput;
  };
  /** Block or object storage. */
  readonly storage?: {
    /** TB-hours on SSD. */
    readonly ssdTbHours?: DecimalInput;
    /** TB-hours on HDD. */
    readonly hddTbHours?: DecimalInput;
    /** Copies the service keeps (CCF: S3 3, EBS 2...); 1 by default. */
    readonly replicationFactor?: DecimalInput;
  };
  /** Data moved between the provider's data centres, in GB. */
  readonly networking?: {
    /** GB moved between data centres. */
    readonly gb: DecimalInput;
  };
}

/** Embodied emissions of one host, for the CCF allocation by vCPU-hours. */
export interface HostEmbodied {
  /** Embodied emissions of the whole host, kgCO2e. */
  readonly hostKgCO2e: DecimalInput;
  /** vCPUs of the host (the largest instance of its family). */
  readonly hostVcpus: DecimalInput;
  /** Where the figure comes from (shown in the trace). */
  readonly source?: string;
}

const zShare = zNonNegativeDecimal.check(
  check(
    (d: Decimal) => d.lessThanOrEqualTo(1),
    "NRS_SHARE_ABOVE_ONE",
    "Une part doit être comprise entre 0 et 1.",
    "A share must be between 0 and 1.",
  ),
);
const zAtLeastOne = zPositiveDecimal.check(
  check((d: Decimal) => d.greaterThanOrEqualTo(1), "NRS_BELOW_ONE", "La valeur doit être au moins 1.", "Value must be at least 1."),
);

/** The schema a {@link CloudUsage} is read with: non-negative quantities, a share at most 1, a PUE at least 1. */
export const UsageSchema = z.strictObject({
  provider: z.enum(["aws", "gcp", "azure"]),
  region: z.string().check(z.minLength(1)),
  // A number or a factor row; read (and refused with a precise code) by readGridIntensity.
  gridKgCO2ePerKWh: z.optional(z.custom<GridIntensityInput>(() => true)),
  gridSource: z.optional(z.string().check(z.minLength(1))),
  pue: z.optional(zAtLeastOne),
  compute: z.optional(
    z.strictObject({
      vcpuHours: zNonNegativeDecimal,
      utilisation: z.optional(zShare),
      embodied: z.optional(
        z.union([
          z
            .string()
            .check(
              check(
                (s: string) => Object.prototype.hasOwnProperty.call(CCF_HOST_EMBODIED, s),
                "NRS_UNKNOWN_HOST_FAMILY",
                `Famille d'hôtes inconnue ; familles fournies : ${Object.keys(CCF_HOST_EMBODIED).join(", ")} (ou donnez { hostKgCO2e, hostVcpus }).`,
                `Unknown host family; shipped families: ${Object.keys(CCF_HOST_EMBODIED).join(", ")} (or give { hostKgCO2e, hostVcpus }).`,
              ),
            ),
          z.strictObject({ hostKgCO2e: zNonNegativeDecimal, hostVcpus: zPositiveDecimal, source: z.optional(z.string()) }),
        ]),
      ),
    }),
  ),
  memory: z.optional(z.strictObject({ gbHours: zNonNegativeDecimal })),
  storage: z.optional(
    z.strictObject({
      ssdTbHours: z.optional(zNonNegativeDecimal),
      hddTbHours: z.optional(zNonNegativeDecimal),
      replicationFactor: z.optional(zAtLeastOne),
    }),
  ),
  networking: z.optional(z.strictObject({ gb: zNonNegativeDecimal })),
});

/** A {@link CloudUsage} once read: quantities as Decimals. */
export type ParsedCloudUsage = z.output<typeof UsageSchema>;
