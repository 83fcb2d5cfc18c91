import { Decimal } from "decimal.js";
import * as z from "zod/mini";
import {
  check,
  Exact,
  msg,
  NrsError,
  out,
  safeParse,
  zNonNegativeDecimal,
  zPositiveDecimal,
  type DecimalInput,
  type ExactValue,
  type Message,
} from "@nrs/core";
import { CCF_COEFFICIENTS, CCF_HOST_EMBODIED, CCF_REGIONS, type CloudProvider } from "./cloud-carbon-footprint-coefficients.js";
import type { FootprintResult } from "../footprint-result.js";
import type { GridIntensityInput } from "../grid-intensity.js";
import { readGridIntensity } from "../read-grid-intensity.js";
import { impactTable, type ImpactEntry } from "../impact.js";
import type { TracedFactor, TracedValue } from "../trace.js";

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

/** Electricity of each part of a cloud usage, PUE included, kWh. */
export interface CloudEnergy {
  /** Virtual machines' CPUs. */
  readonly compute: Decimal;
  /** Memory. */
  readonly memory: Decimal;
  /** Storage. */
  readonly storage: Decimal;
  /** Networking between data centres. */
  readonly networking: Decimal;
  /** Sum of the four. */
  readonly total: Decimal;
}

/** The footprint of a {@link CloudUsage}, with the energy of each part. */
export interface CloudFootprintResult extends FootprintResult {
  /** Electricity drawn from the grid, PUE included, kWh. */
  readonly energyKWh: CloudEnergy;
  /** Operational emissions, kgCO2e (= total energy × grid factor). */
  readonly operationalKgCO2e: Decimal;
  /** Embodied share of the hosts, kgCO2e; absent when no embodied figure was given. */
  readonly embodiedKgCO2e?: Decimal;
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

const UsageSchema = z.strictObject({
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

const PACK = "cloud-carbon-footprint";
const PACK_VERSION = "b7a049c7d25c0022919ab9010199dd9e77aa4577";
const YEAR = 2024;

function ccfFactor(id: string, item: string, criterion: string, value: string, unit: string, source: string): TracedFactor {
  return {
    id,
    pack: PACK,
    packVersion: PACK_VERSION,
    item,
    criterion,
    value,
    unit,
    year: YEAR,
    source: "Cloud Carbon Footprint (Thoughtworks)",
    sourceUrl: source,
    licence: "Apache-2.0",
  };
}

/** Significant digits kept after the one division (the host's lifespan and size) the embodied share needs. */
const DIGITS = 40;

/**
 * Estimates the footprint of cloud usage with the Cloud Carbon Footprint (CCF) method and its published
 * coefficients ({@link CCF_COEFFICIENTS}), in exact decimals:
 *
 * - compute: `vCPU-hours × (min W + utilisation × (max W − min W)) / 1000` kWh;
 * - memory: `GB-hours × 0.000392` kWh; storage: `TB-hours × (1.2 SSD | 0.65 HDD) Wh × replication / 1000`;
 *   networking: `GB × 0.001` kWh;
 * - every part × PUE, then × the region's grid factor → operational kgCO2e (stage `use`);
 * - embodied (stage `manufacturing`): `host kgCO2e × vCPU-hours / (35 040 h × host vCPUs)`, i.e. CCF's
 *   `TE × (time / lifespan) × (vCPUs / largest instance vCPUs)`, rounded to 40 significant digits.
 *
 * When utilisation is not given, CCF's 50 % is used and the result's min/max span 0 % to 100 %
 * utilisation (the trace says so); every other cell has min = max = value (CCF publishes no ranges).
 * The `energy` criterion carries the kWh (stage `use`).
 *
 * Throws an `NrsError` with French and English messages on bad input: unknown provider, a region whose
 * grid factor is not shipped (`NRS_UNKNOWN_REGION`, pass `gridKgCO2ePerKWh`), negative quantities,
 * utilisation above 1, a PUE below 1.
 *
 * @example
 * ```ts
 * import { computeCloudFootprint } from "@nrs/footprint";
 * const r = computeCloudFootprint({
 *   provider: "aws",
 *   region: "eu-west-3",
 *   compute: { vcpuHours: 8760, utilisation: "0.5", embodied: "aws-m5" },
 *   storage: { ssdTbHours: 8760 },
 * });
 * // compute: 8760 × (0.74 + 0.5 × 2.76) W = 18.5712 kWh, × PUE 1.135 = 21.078312 kWh
 * console.log(r.energyKWh.compute.toString()); // "21.078312"
 * console.log(r.impacts.gwp?.use?.value.toString(), "kgCO2e");
 * ```
 */
export function computeCloudFootprint(usage: CloudUsage): CloudFootprintResult {
  const parsed = safeParse(UsageSchema, usage, []);
  if (!parsed.ok) throw new NrsError(parsed.errors);
  const u = parsed.value;
  const c = CCF_COEFFICIENTS[u.provider];
  const factors: TracedFactor[] = [];
  const values: TracedValue[] = [];
  const notes: Message[] = [];
  const inputValue = (name: string, v: Decimal, unit?: string) =>
    values.push({ name, value: v.toFixed(), origin: "input", ...(unit ? { unit } : {}) });

  // Grid factor: given by the user, or from a shipped region; never guessed.
  let gridKgPerKWh: ExactValue;
  const regionRow = CCF_REGIONS.find((r) => r.provider === u.provider && r.region === u.region);
  if (u.gridKgCO2ePerKWh !== undefined) {
    const g = readGridIntensity(u.gridKgCO2ePerKWh, "kgCO2e/kWh", ["gridKgCO2ePerKWh"]);
    gridKgPerKWh = g.value;
    if (g.factor) factors.push(g.factor);
    values.push({
      name: "gridKgCO2ePerKWh",
      value: g.value.toFixed(),
      unit: "kgCO2e/kWh",
      origin: "input",
      ...(g.factor ? { factorId: g.factor.id } : {}),
      ...(u.gridSource ? { reason: msg(`Source : ${u.gridSource}`, `Source: ${u.gridSource}`) } : {}),
    });
  } else if (regionRow !== undefined) {
    gridKgPerKWh = new Exact(regionRow.gridTonnesCO2ePerKWh).times(1000);
    factors.push(
      ccfFactor(regionRow.factorId, `${u.provider}:${u.region}`, "energyIntensity", regionRow.gridTonnesCO2ePerKWh, "tCO2e/kWh", c.source),
    );
    values.push({
      name: "gridKgCO2ePerKWh",
      value: gridKgPerKWh.toFixed(),
      unit: "kgCO2e/kWh",
      origin: "default",
      reason: msg(`Facteur CCF de la région ${regionRow.label}.`, `CCF factor of region ${regionRow.label}.`),
      factorId: regionRow.factorId,
    });
  } else {
    const known = CCF_REGIONS.filter((r) => r.provider === u.provider)
      .map((r) => r.region)
      .join(", ");
    throw new NrsError([
      {
        code: "NRS_UNKNOWN_REGION",
        severity: "error",
        path: ["region"],
        message: {
          fr: `Région ${u.provider} inconnue : « ${u.region} ». Régions fournies : ${known}. Pour une autre région, donnez gridKgCO2ePerKWh (et sa source).`,
          en: `Unknown ${u.provider} region: "${u.region}". Shipped regions: ${known}. For another region, give gridKgCO2ePerKWh (and its source).`,
        },
      },
    ]);
  }

  let pue: ExactValue;
  if (u.pue !== undefined) {
    pue = new Exact(u.pue);
    inputValue("pue", u.pue);
  } else {
    pue = new Exact(c.pue);
    factors.push(ccfFactor(c.factorIds.pue!, u.provider, "pue", c.pue, "ratio", c.source));
    values.push({
      name: "pue",
      value: c.pue,
      origin: "default",
      reason: msg("PUE moyen du fournisseur (CCF).", "Provider's average PUE (CCF)."),
      factorId: c.factorIds.pue!,
    });
  }

  const ZERO = new Exact(0);
  // Energy before PUE, kWh: [value, min, max].
  let compute: [ExactValue, ExactValue, ExactValue] = [ZERO, ZERO, ZERO];
  let embodied: ExactValue | undefined;
  if (u.compute !== undefined) {
    const vh = new Exact(u.compute.vcpuHours);
    inputValue("compute.vcpuHours", u.compute.vcpuHours, "vCPU-h");
    const minW = new Exact(c.minWattsPerVcpu);
    const maxW = new Exact(c.maxWattsPerVcpu);
    factors.push(ccfFactor(c.factorIds.minWatts!, u.provider, "power", c.minWattsPerVcpu, "W/vCPU", c.source));
    factors.push(ccfFactor(c.factorIds.maxWatts!, u.provider, "power", c.maxWattsPerVcpu, "W/vCPU", c.source));
    const kwhAt = (util: ExactValue) => vh.times(minW.plus(util.times(maxW.minus(minW)))).dividedBy(1000);
    if (u.compute.utilisation !== undefined) {
      inputValue("compute.utilisation", u.compute.utilisation);
      const e = kwhAt(new Exact(u.compute.utilisation));
      compute = [e, e, e];
    } else {
      const util = new Exact(c.defaultUtilisationPercent).dividedBy(100);
      factors.push(ccfFactor(c.factorIds.utilisation!, u.provider, "ratio", c.defaultUtilisationPercent, "%", c.source));
      values.push({
        name: "compute.utilisation",
        value: util.toFixed(),
        origin: "default",
        reason: msg(
          "Utilisation moyenne par défaut de CCF (50 %) ; min et max couvrent 0 % à 100 %.",
          "CCF's default average utilisation (50 %); min and max span 0 % to 100 %.",
        ),
        factorId: c.factorIds.utilisation!,
      });
      compute = [kwhAt(util), kwhAt(ZERO), kwhAt(new Exact(1))];
    }
    if (u.compute.embodied !== undefined) {
      const lifespan = new Exact(c.serverLifespanHours);
      factors.push(ccfFactor(c.factorIds.lifespan!, u.provider, "lifetime", c.serverLifespanHours, "h", c.source));
      let hostKg: ExactValue;
      let hostVcpus: ExactValue;
      if (typeof u.compute.embodied === "string") {
        const h = CCF_HOST_EMBODIED[u.compute.embodied as keyof typeof CCF_HOST_EMBODIED];
        hostKg = new Exact(h.hostKgCO2e);
        hostVcpus = new Exact(h.hostVcpus);
        factors.push({ ...ccfFactor(h.factorId, u.compute.embodied, "gwp", "1.6103792", "tCO2e/host", h.source), stage: "manufacturing" });
        values.push({
          name: "compute.embodied.hostVcpus",
          value: h.hostVcpus,
          origin: "archetype",
          reason: msg("Plus grande instance de la famille.", "Largest instance of the family."),
          factorId: h.factorId,
        });
      } else {
        hostKg = new Exact(u.compute.embodied.hostKgCO2e);
        hostVcpus = new Exact(u.compute.embodied.hostVcpus);
        inputValue("compute.embodied.hostKgCO2e", u.compute.embodied.hostKgCO2e, "kgCO2e");
        inputValue("compute.embodied.hostVcpus", u.compute.embodied.hostVcpus, "vCPU");
        if (u.compute.embodied.source !== undefined) {
          notes.push(
            msg(`Émissions intrinsèques de l'hôte : ${u.compute.embodied.source}`, `Host embodied emissions: ${u.compute.embodied.source}`),
          );
        }
      }
      embodied = hostKg.times(vh).dividedBy(lifespan.times(hostVcpus)).toSignificantDigits(DIGITS, Decimal.ROUND_HALF_EVEN);
    } else {
      notes.push(
        msg(
          "Aucune donnée d'émissions intrinsèques pour les hôtes : l'étape fabrication est absente (pas zéro).",
          "No embodied-emissions figure for the hosts: the manufacturing stage is absent (not zero).",
        ),
      );
    }
  }

  let memory = ZERO;
  if (u.memory !== undefined) {
    inputValue("memory.gbHours", u.memory.gbHours, "GB-h");
    factors.push(ccfFactor(c.factorIds.memory!, u.provider, "energyIntensity", c.memoryKWhPerGBHour, "kWh/GB-h", c.source));
    memory = new Exact(u.memory.gbHours).times(c.memoryKWhPerGBHour);
  }

  let storage = ZERO;
  if (u.storage !== undefined) {
    const s = u.storage;
    let wh = ZERO;
    if (s.ssdTbHours !== undefined) {
      inputValue("storage.ssdTbHours", s.ssdTbHours, "TB-h");
      factors.push(ccfFactor(c.factorIds.ssd!, u.provider, "energyIntensity", c.ssdWhPerTBHour, "Wh/TB-h", c.source));
      wh = wh.plus(new Exact(s.ssdTbHours).times(c.ssdWhPerTBHour));
    }
    if (s.hddTbHours !== undefined) {
      inputValue("storage.hddTbHours", s.hddTbHours, "TB-h");
      factors.push(ccfFactor(c.factorIds.hdd!, u.provider, "energyIntensity", c.hddWhPerTBHour, "Wh/TB-h", c.source));
      wh = wh.plus(new Exact(s.hddTbHours).times(c.hddWhPerTBHour));
    }
    let replication = new Exact(1);
    if (s.replicationFactor !== undefined) {
      replication = new Exact(s.replicationFactor);
      inputValue("storage.replicationFactor", s.replicationFactor);
    } else {
      values.push({
        name: "storage.replicationFactor",
        value: "1",
        origin: "default",
        reason: msg("Une seule copie supposée.", "A single copy assumed."),
      });
    }
    storage = wh.times(replication).dividedBy(1000);
  }

  let networking = ZERO;
  if (u.networking !== undefined) {
    inputValue("networking.gb", u.networking.gb, "GB");
    factors.push(ccfFactor(c.factorIds.networking!, u.provider, "energyIntensity", c.networkingKWhPerGB, "kWh/GB", c.source));
    networking = new Exact(u.networking.gb).times(c.networkingKWhPerGB);
  }

  const withPue = (x: ExactValue) => x.times(pue);
  const rest = memory.plus(storage).plus(networking);
  const kwh = compute.map((e) => withPue(e.plus(rest))) as [ExactValue, ExactValue, ExactValue];
  const kg = kwh.map((e) => e.times(gridKgPerKWh)) as [ExactValue, ExactValue, ExactValue];

  const entries: ImpactEntry[] = [
    { criterion: "gwp", stage: "use", value: out(kg[0]), min: out(kg[1]), max: out(kg[2]) },
    { criterion: "energy", stage: "use", value: out(kwh[0]), min: out(kwh[1]), max: out(kwh[2]) },
  ];
  if (embodied !== undefined) entries.push({ criterion: "gwp", stage: "manufacturing", value: out(embodied) });

  values.unshift({ name: "provider", value: u.provider, origin: "input" }, { name: "region", value: u.region, origin: "input" });
  const result: CloudFootprintResult = {
    impacts: impactTable(entries),
    trace: { factors, values, notes },
    energyKWh: {
      compute: out(withPue(compute[0])),
      memory: out(withPue(memory)),
      storage: out(withPue(storage)),
      networking: out(withPue(networking)),
      total: out(kwh[0]),
    },
    operationalKgCO2e: out(kg[0]),
    ...(embodied === undefined ? {} : { embodiedKgCO2e: out(embodied) }),
  };
  return result;
}
