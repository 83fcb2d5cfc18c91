import { Exact, toDecimal, type ProblemPath } from "@nrs/core";
import type { FactorPack } from "../packs/factor-pack.js";
import { lookupFactor, traceFactor } from "../packs/factor-query.js";
import { nonNegative } from "../non-negative.js";
import type { TracedFactor, TracedValue } from "../trace.js";
import type { Ranged } from "./national-baseline.js";
import type { TerritoryDataCentre } from "./territory-input.js";
import { MAX_PUE, territoryError } from "./territory-problems.js";

const HOURS_PER_YEAR = 8760;

/** The use-phase footprint of the data centres located on a territory, with what it used. @internal */
export interface LocalDataCentres extends Ranged {
  readonly factors: readonly TracedFactor[];
  readonly values: readonly TracedValue[];
}

function checkPue(raw: TerritoryDataCentre["pue"], path: ProblemPath) {
  const pue = toDecimal(raw!, path);
  if (pue.lt(1) || pue.gt(MAX_PUE)) {
    throw territoryError(
      "NRS_TERRITORY_BAD_PUE",
      path,
      `Un PUE est compris entre 1 et ${MAX_PUE} (reçu ${pue.toString()}) : il rapporte l'énergie totale du centre à celle de l'informatique.`,
      `A PUE lies between 1 and ${MAX_PUE} (got ${pue.toString()}): it is the centre's total energy over its IT energy.`,
    );
  }
  return new Exact(pue);
}

/**
 * `GHG = Σ IT kWh × PUE × grid factor` over the sites located on the territory (use phase only:
 * the servers' manufacturing is not counted, see the methodology). IT kWh is `itEnergyKWh`, else
 * `itPowerKW × 8760 h`. PUE defaults to the energy pack's French average of the study year.
 *
 * @internal
 */
export function localDataCentres(
  sites: readonly TerritoryDataCentre[],
  year: number,
  pack: FactorPack,
  path: ProblemPath,
): LocalDataCentres {
  const grid = lookupFactor(pack, { item: "electricite_FR", criterion: "gwp", stage: "use", year });
  const factors: TracedFactor[] = [traceFactor(grid)];
  const values: TracedValue[] = [];
  let sum = new Exact(0);
  sites.forEach((site, i) => {
    const p = [...path, i];
    if (typeof site?.name !== "string" || site.name.trim() === "") {
      throw territoryError("NRS_REQUIRED", [...p, "name"], "Chaque centre de données a un nom.", "Every data centre has a name.");
    }
    let kwh;
    if (site.itEnergyKWh !== undefined) {
      kwh = nonNegative(site.itEnergyKWh, [...p, "itEnergyKWh"]);
      values.push({ subject: site.name, name: "itEnergyKWh", value: kwh.toFixed(), unit: "kWh", origin: "input" });
    } else if (site.itPowerKW !== undefined) {
      const kw = nonNegative(site.itPowerKW, [...p, "itPowerKW"]);
      kwh = kw.times(HOURS_PER_YEAR);
      values.push({ subject: site.name, name: "itPowerKW", value: kw.toFixed(), unit: "kW", origin: "input" });
      values.push({
        subject: site.name,
        name: "itEnergyKWh",
        value: kwh.toFixed(),
        unit: "kWh",
        origin: "default",
        reason: {
          fr: "Puissance informatique comptée toute l'année (8 760 h) : un majorant.",
          en: "IT power counted all year (8,760 h): an upper bound.",
        },
      });
    } else {
      throw territoryError(
        "NRS_REQUIRED",
        [...p, "itEnergyKWh"],
        `Centre de données « ${site.name} » : il faut itEnergyKWh (kWh informatiques par an) ou itPowerKW.`,
        `Data centre "${site.name}": itEnergyKWh (IT kWh per year) or itPowerKW is required.`,
      );
    }
    let pue;
    if (site.pue !== undefined) {
      pue = checkPue(site.pue, [...p, "pue"]);
      values.push({ subject: site.name, name: "pue", value: pue.toFixed(), unit: "ratio", origin: "input" });
    } else {
      const row = lookupFactor(pack, { item: "datacenter_FR", criterion: "pue", year });
      pue = new Exact(row.value);
      factors.push(traceFactor(row));
      values.push({
        subject: site.name,
        name: "pue",
        value: pue.toFixed(),
        unit: "ratio",
        origin: "default",
        factorId: row.id,
        reason: { fr: "PUE moyen des centres de données en France.", en: "Average PUE of data centres in France." },
      });
    }
    sum = sum.plus(kwh.times(pue).times(grid.value));
  });
  return { value: sum, min: sum, max: sum, factors, values };
}
