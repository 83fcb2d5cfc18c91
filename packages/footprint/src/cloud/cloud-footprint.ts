import { definedProps, Exact, msg, NrsError, out, safeParse, type ExactValue } from "@nrs/core";
import { CCF_COEFFICIENTS, type CcfProviderCoefficients } from "./cloud-carbon-footprint-coefficients.js";
import { ccfFactor, CloudTrace } from "./ccf-trace.js";
import { computeEmbodied, computeEnergy, type EnergySpan } from "./cloud-compute.js";
import type { CloudFootprintResult } from "./cloud-footprint-result.js";
import { cloudGridFactor, cloudPue } from "./cloud-grid.js";
import { UsageSchema, type CloudUsage, type ParsedCloudUsage } from "./cloud-usage.js";
import { impactTable, type ImpactEntry } from "../impact.js";

const ZERO = new Exact(0);

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
  const t = new CloudTrace();

  const gridKgPerKWh = cloudGridFactor(u, c, t);
  const pue = cloudPue(u, c, t);
  let compute: EnergySpan = [ZERO, ZERO, ZERO];
  let embodied: ExactValue | undefined;
  if (u.compute !== undefined) {
    compute = computeEnergy(u.compute, u.provider, c, t);
    embodied = computeEmbodied(u.compute, u.provider, c, t);
  }
  const memory = memoryEnergy(u, c, t);
  const storage = storageEnergy(u, c, t);
  const networking = networkingEnergy(u, c, t);

  const withPue = (x: ExactValue) => x.times(pue);
  const rest = memory.plus(storage).plus(networking);
  const kwh = compute.map((e) => withPue(e.plus(rest))) as EnergySpan;
  const kg = kwh.map((e) => e.times(gridKgPerKWh)) as EnergySpan;

  const entries: ImpactEntry[] = [
    { criterion: "gwp", stage: "use", value: out(kg[0]), min: out(kg[1]), max: out(kg[2]) },
    { criterion: "energy", stage: "use", value: out(kwh[0]), min: out(kwh[1]), max: out(kwh[2]) },
  ];
  if (embodied !== undefined) entries.push({ criterion: "gwp", stage: "manufacturing", value: out(embodied) });

  t.values.unshift({ name: "provider", value: u.provider, origin: "input" }, { name: "region", value: u.region, origin: "input" });
  const result: CloudFootprintResult = {
    impacts: impactTable(entries),
    trace: { factors: t.factors, values: t.values, notes: t.notes },
    energyKWh: {
      compute: out(withPue(compute[0])),
      memory: out(withPue(memory)),
      storage: out(withPue(storage)),
      networking: out(withPue(networking)),
      total: out(kwh[0]),
    },
    operationalKgCO2e: out(kg[0]),
    ...definedProps({ embodiedKgCO2e: embodied && out(embodied) }),
  };
  return result;
}

/** Memory, kWh before PUE: `GB-hours × kWh/GB-h`. */
function memoryEnergy(u: ParsedCloudUsage, c: CcfProviderCoefficients, t: CloudTrace): ExactValue {
  if (u.memory === undefined) return ZERO;
  t.input("memory.gbHours", u.memory.gbHours, "GB-h");
  t.factors.push(ccfFactor(c.factorIds.memory!, u.provider, "energyIntensity", c.memoryKWhPerGBHour, "kWh/GB-h", c.source));
  return new Exact(u.memory.gbHours).times(c.memoryKWhPerGBHour);
}

/** Storage, kWh before PUE: `TB-hours × (SSD | HDD Wh/TB-h) × replication / 1000`. */
function storageEnergy(u: ParsedCloudUsage, c: CcfProviderCoefficients, t: CloudTrace): ExactValue {
  if (u.storage === undefined) return ZERO;
  const s = u.storage;
  let wh = ZERO;
  if (s.ssdTbHours !== undefined) {
    t.input("storage.ssdTbHours", s.ssdTbHours, "TB-h");
    t.factors.push(ccfFactor(c.factorIds.ssd!, u.provider, "energyIntensity", c.ssdWhPerTBHour, "Wh/TB-h", c.source));
    wh = wh.plus(new Exact(s.ssdTbHours).times(c.ssdWhPerTBHour));
  }
  if (s.hddTbHours !== undefined) {
    t.input("storage.hddTbHours", s.hddTbHours, "TB-h");
    t.factors.push(ccfFactor(c.factorIds.hdd!, u.provider, "energyIntensity", c.hddWhPerTBHour, "Wh/TB-h", c.source));
    wh = wh.plus(new Exact(s.hddTbHours).times(c.hddWhPerTBHour));
  }
  let replication = new Exact(1);
  if (s.replicationFactor !== undefined) {
    replication = new Exact(s.replicationFactor);
    t.input("storage.replicationFactor", s.replicationFactor);
  } else {
    t.values.push({
      name: "storage.replicationFactor",
      value: "1",
      origin: "default",
      reason: msg("Une seule copie supposée.", "A single copy assumed."),
    });
  }
  return wh.times(replication).dividedBy(1000);
}

/** Networking between data centres, kWh before PUE: `GB × kWh/GB`. */
function networkingEnergy(u: ParsedCloudUsage, c: CcfProviderCoefficients, t: CloudTrace): ExactValue {
  if (u.networking === undefined) return ZERO;
  t.input("networking.gb", u.networking.gb, "GB");
  t.factors.push(ccfFactor(c.factorIds.networking!, u.provider, "energyIntensity", c.networkingKWhPerGB, "kWh/GB", c.source));
  return new Exact(u.networking.gb).times(c.networkingKWhPerGB);
}
