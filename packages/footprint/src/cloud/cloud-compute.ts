import { Decimal } from "decimal.js";
import { Exact, msg, type ExactValue } from "@nrs/core";
import { CCF_HOST_EMBODIED, type CcfProviderCoefficients, type CloudProvider } from "./cloud-carbon-footprint-coefficients.js";
import { ccfFactor, type CloudTrace } from "./ccf-trace.js";
import type { ParsedCloudUsage } from "./cloud-usage.js";

/** Significant digits kept after the one division (the host's lifespan and size) the embodied share needs. */
const DIGITS = 40;

type Compute = NonNullable<ParsedCloudUsage["compute"]>;

/** Energy before PUE, kWh, with its span: [value, min, max]. */
export type EnergySpan = [ExactValue, ExactValue, ExactValue];

/**
 * Electricity of the virtual machines before PUE, kWh: `vCPU-hours × (min W + utilisation × (max W − min W)) / 1000`.
 * Without a utilisation, CCF's default (50 %) gives the value and 0 % and 100 % the min and max.
 */
export function computeEnergy(compute: Compute, provider: CloudProvider, c: CcfProviderCoefficients, t: CloudTrace): EnergySpan {
  const vh = new Exact(compute.vcpuHours);
  t.input("compute.vcpuHours", compute.vcpuHours, "vCPU-h");
  const minW = new Exact(c.minWattsPerVcpu);
  const maxW = new Exact(c.maxWattsPerVcpu);
  t.factors.push(ccfFactor(c.factorIds.minWatts!, provider, "power", c.minWattsPerVcpu, "W/vCPU", c.source));
  t.factors.push(ccfFactor(c.factorIds.maxWatts!, provider, "power", c.maxWattsPerVcpu, "W/vCPU", c.source));
  const kwhAt = (util: ExactValue) => vh.times(minW.plus(util.times(maxW.minus(minW)))).dividedBy(1000);
  if (compute.utilisation !== undefined) {
    t.input("compute.utilisation", compute.utilisation);
    const e = kwhAt(new Exact(compute.utilisation));
    return [e, e, e];
  }
  const util = new Exact(c.defaultUtilisationPercent).dividedBy(100);
  t.factors.push(ccfFactor(c.factorIds.utilisation!, provider, "ratio", c.defaultUtilisationPercent, "%", c.source));
  t.values.push({
    name: "compute.utilisation",
    value: util.toFixed(),
    origin: "default",
    reason: msg(
      "Utilisation moyenne par défaut de CCF (50 %) ; min et max couvrent 0 % à 100 %.",
      "CCF's default average utilisation (50 %); min and max span 0 % to 100 %.",
    ),
    factorId: c.factorIds.utilisation!,
  });
  return [kwhAt(util), kwhAt(new Exact(0)), kwhAt(new Exact(1))];
}

/**
 * Embodied share of the hosts, kgCO2e: `host kgCO2e × vCPU-hours / (lifespan h × host vCPUs)`, rounded to
 * 40 significant digits; `undefined` (and a note) when no embodied figure was given.
 */
export function computeEmbodied(
  compute: Compute,
  provider: CloudProvider,
  c: CcfProviderCoefficients,
  t: CloudTrace,
): ExactValue | undefined {
  if (compute.embodied === undefined) {
    t.notes.push(
      msg(
        "Aucune donnée d'émissions intrinsèques pour les hôtes : l'étape fabrication est absente (pas zéro).",
        "No embodied-emissions figure for the hosts: the manufacturing stage is absent (not zero).",
      ),
    );
    return undefined;
  }
  const lifespan = new Exact(c.serverLifespanHours);
  t.factors.push(ccfFactor(c.factorIds.lifespan!, provider, "lifetime", c.serverLifespanHours, "h", c.source));
  let hostKg: ExactValue;
  let hostVcpus: ExactValue;
  if (typeof compute.embodied === "string") {
    const h = CCF_HOST_EMBODIED[compute.embodied as keyof typeof CCF_HOST_EMBODIED];
    hostKg = new Exact(h.hostKgCO2e);
    hostVcpus = new Exact(h.hostVcpus);
    t.factors.push({ ...ccfFactor(h.factorId, compute.embodied, "gwp", "1.6103792", "tCO2e/host", h.source), stage: "manufacturing" });
    t.values.push({
      name: "compute.embodied.hostVcpus",
      value: h.hostVcpus,
      origin: "archetype",
      reason: msg("Plus grande instance de la famille.", "Largest instance of the family."),
      factorId: h.factorId,
    });
  } else {
    hostKg = new Exact(compute.embodied.hostKgCO2e);
    hostVcpus = new Exact(compute.embodied.hostVcpus);
    t.input("compute.embodied.hostKgCO2e", compute.embodied.hostKgCO2e, "kgCO2e");
    t.input("compute.embodied.hostVcpus", compute.embodied.hostVcpus, "vCPU");
    if (compute.embodied.source !== undefined) {
      t.notes.push(
        msg(`Émissions intrinsèques de l'hôte : ${compute.embodied.source}`, `Host embodied emissions: ${compute.embodied.source}`),
      );
    }
  }
  const vh = new Exact(compute.vcpuHours);
  return hostKg.times(vh).dividedBy(lifespan.times(hostVcpus)).toSignificantDigits(DIGITS, Decimal.ROUND_HALF_EVEN);
}
