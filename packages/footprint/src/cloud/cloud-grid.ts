import { Exact, msg, NrsError, type ExactValue } from "@nrs/core";
import { CCF_REGIONS, type CcfProviderCoefficients } from "./cloud-carbon-footprint-coefficients.js";
import { ccfFactor, type CloudTrace } from "./ccf-trace.js";
import type { ParsedCloudUsage } from "./cloud-usage.js";
import { readGridIntensity } from "../read-grid-intensity.js";

/** The grid factor of a usage, kgCO2e/kWh: given by the user, or from a shipped region; never guessed. */
export function cloudGridFactor(u: ParsedCloudUsage, c: CcfProviderCoefficients, t: CloudTrace): ExactValue {
  if (u.gridKgCO2ePerKWh !== undefined) {
    const g = readGridIntensity(u.gridKgCO2ePerKWh, "kgCO2e/kWh", ["gridKgCO2ePerKWh"]);
    if (g.factor) t.factors.push(g.factor);
    t.values.push({
      name: "gridKgCO2ePerKWh",
      value: g.value.toFixed(),
      unit: "kgCO2e/kWh",
      origin: "input",
      ...(g.factor ? { factorId: g.factor.id } : {}),
      ...(u.gridSource ? { reason: msg(`Source : ${u.gridSource}`, `Source: ${u.gridSource}`) } : {}),
    });
    return g.value;
  }
  const regionRow = CCF_REGIONS.find((r) => r.provider === u.provider && r.region === u.region);
  if (regionRow !== undefined) {
    const grid = new Exact(regionRow.gridTonnesCO2ePerKWh).times(1000);
    t.factors.push(
      ccfFactor(regionRow.factorId, `${u.provider}:${u.region}`, "energyIntensity", regionRow.gridTonnesCO2ePerKWh, "tCO2e/kWh", c.source),
    );
    t.values.push({
      name: "gridKgCO2ePerKWh",
      value: grid.toFixed(),
      unit: "kgCO2e/kWh",
      origin: "default",
      reason: msg(`Facteur CCF de la région ${regionRow.label}.`, `CCF factor of region ${regionRow.label}.`),
      factorId: regionRow.factorId,
    });
    return grid;
  }
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

/** The PUE of a usage: given by the user, or the provider's fleet average (CCF). */
export function cloudPue(u: ParsedCloudUsage, c: CcfProviderCoefficients, t: CloudTrace): ExactValue {
  if (u.pue !== undefined) {
    t.input("pue", u.pue);
    return new Exact(u.pue);
  }
  t.factors.push(ccfFactor(c.factorIds.pue!, u.provider, "pue", c.pue, "ratio", c.source));
  t.values.push({
    name: "pue",
    value: c.pue,
    origin: "default",
    reason: msg("PUE moyen du fournisseur (CCF).", "Provider's average PUE (CCF)."),
    factorId: c.factorIds.pue!,
  });
  return new Exact(c.pue);
}
