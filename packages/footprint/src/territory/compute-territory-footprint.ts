import { definedProps, Exact, out, type ExactValue, type Message } from "@nrs/core";
import { defaultCalculatorPack } from "../packs/default-factor-pack.js";
import { impactCell, type ImpactCell } from "../impact.js";
import { totalOfCriterion } from "../impact/impact-arithmetic.js";
import { frTerritoire_2025_1 } from "../packs/fr-territoire-2025.1.js";
import type { TracedFactor, TracedValue } from "../trace.js";
import { DEFAULT_TERRITORY_EDITION, TERRITORY_EDITIONS } from "./editions.js";
import { localDataCentres } from "./local-data-centres.js";
import { nationalBaseline, nationalSegment, type Ranged, type RangedFactor } from "./national-baseline.js";
import { TERRITORY_SEGMENTS, TERRITORY_SEGMENT_LABELS, type TerritorySegment } from "./segments.js";
import type { TerritoryFootprintInput, TerritoryFootprintOptions } from "./territory-input.js";
import { territoryCount } from "./territory-keys.js";
import { territoryError } from "./territory-problems.js";
import type { TerritoryBasis, TerritoryFootprintResult, TerritorySegmentFootprint } from "./territory-result.js";

// national × local / France: the range pairs the lowest national figure with the largest denominator.
function downscale(national: Ranged, local: ExactValue, france: RangedFactor): Ranged {
  return {
    value: national.value.times(local).div(france.value),
    min: national.min.times(local).div(france.max),
    max: national.max.times(local).div(france.min),
  };
}

function cell(r: Ranged): ImpactCell<"kgCO2e"> {
  return impactCell("kgCO2e", out(r.value, true), out(r.min, true), out(r.max, true));
}

function perHead(c: ImpactCell<"kgCO2e">, population: ExactValue): ImpactCell<"kgCO2e"> {
  const d = (x: ImpactCell["value"]) => out(new Exact(x).div(population), true);
  return impactCell("kgCO2e", d(c.value), d(c.min), d(c.max));
}

const BASIS_NOTE: Readonly<Record<TerritoryBasis, Message>> = {
  population: { fr: "moyenne nationale par habitant", en: "national average per inhabitant" },
  menages: {
    fr: "moyenne nationale par ménage (ménages du territoire)",
    en: "national average per household (the territory's households)",
  },
  abonnementsFixes: {
    fr: "moyenne nationale par abonnement fixe (abonnements du territoire)",
    en: "national average per fixed subscription (the territory's subscriptions)",
  },
  implantation: {
    fr: "centres de données implantés sur le territoire (électricité × PUE × facteur du réseau)",
    en: "data centres located on the territory (electricity × PUE × grid factor)",
  },
};

function noNationalFigure(field: string, year: number): Error {
  return territoryError(
    "NRS_TERRITORY_NO_NATIONAL_FIGURE",
    [field],
    `Aucun chiffre national de ${field} pour ${year} dans le jeu : la donnée locale ne peut pas remplacer la moyenne (retirez-la ou choisissez une autre année).`,
    `No national ${field} figure for ${year} in the pack: the local figure cannot replace the average (remove it or choose another year).`,
  );
}

/**
 * Estimates the digital footprint of a territory (commune, EPCI) by downscaling the national
 * ADEME–Arcep assessment, segment by segment: `national segment × territory key / France's key`,
 * the key being the population unless local data is given (households for `terminaux`, fixed
 * subscriptions for `reseaux`, data centres located on the territory for `centresDeDonnees` when
 * counted by `implantation`). Without local data the result is exactly proportional to population; with
 * France's population it gives back the national figures. The administration's own footprint, when
 * given, is shown as a share of the territory's and never added. Formulas and sources:
 * `docs/methodology/territoire.md`.
 *
 * Errors (`NrsError`, FR/EN, with the path): `NRS_TERRITORY_BAD_COUNT` (population, households or
 * subscriptions not a whole number in range), `NRS_TERRITORY_HOUSEHOLDS_ABOVE_POPULATION`,
 * `NRS_TERRITORY_UNKNOWN_YEAR`, `NRS_TERRITORY_UNKNOWN_EDITION`, `NRS_TERRITORY_NO_NATIONAL_FIGURE`,
 * `NRS_TERRITORY_BAD_PUE`, `NRS_NOT_A_NUMBER`, `NRS_NEGATIVE`.
 *
 * @example
 * ```ts
 * import { computeTerritoryFootprint } from "@nrs/footprint";
 * // France's population in 2022 gives back the national 29.5 MtCO2e.
 * const france = computeTerritoryFootprint({ year: 2022, population: 67813000 });
 * console.log(france.total.value.toString()); // "29500000000"
 * const commune = computeTerritoryFootprint({ year: 2022, population: 68000, menages: 31000 });
 * console.log(commune.bySegment.terminaux.basis, commune.perInhabitant.value.toFixed(0)); // "menages" "435"
 * ```
 */
export function computeTerritoryFootprint(
  input: TerritoryFootprintInput,
  options: TerritoryFootprintOptions = {},
): TerritoryFootprintResult {
  const edition = options.edition ?? DEFAULT_TERRITORY_EDITION;
  if (!Object.prototype.hasOwnProperty.call(TERRITORY_EDITIONS, edition)) {
    throw territoryError(
      "NRS_TERRITORY_UNKNOWN_EDITION",
      ["edition"],
      `Édition inconnue : ${String(edition)} (connues : ${Object.keys(TERRITORY_EDITIONS).join(", ")}).`,
      `Unknown edition: ${String(edition)} (known: ${Object.keys(TERRITORY_EDITIONS).join(", ")}).`,
    );
  }
  const year = input.year;
  if (typeof year !== "number" || !Number.isInteger(year)) {
    throw territoryError(
      "NRS_TERRITORY_UNKNOWN_YEAR",
      ["year"],
      "Année d'étude attendue (nombre entier, ex. 2022).",
      "A study year is expected (a whole number, e.g. 2022).",
    );
  }
  const pack = options.pack ?? frTerritoire_2025_1;
  const base = nationalBaseline(pack, edition, year);
  const population = territoryCount(input.population, ["population"], { fr: "Population", en: "Population" }, 1);
  const values: TracedValue[] = [{ name: "population", value: population.toFixed(), unit: "inhabitant", origin: "input" }];
  const factors: TracedFactor[] = [base.total.factor, ...TERRITORY_SEGMENTS.map((s) => base.shares[s].factor), base.population.factor];
  const notes: Message[] = [];

  const keyed = (segment: TerritorySegment, field: "menages" | "abonnementsFixes", what: Message): [Ranged, TerritoryBasis] => {
    const raw = input[field];
    if (raw === undefined) return [downscale(nationalSegment(base, segment), population, base.population), "population"];
    const local = territoryCount(raw, [field], what, 0);
    const france = base[field];
    if (france === undefined) throw noNationalFigure(field, year);
    values.push({ name: field, value: local.toFixed(), origin: "input" });
    factors.push(france.factor);
    return [downscale(nationalSegment(base, segment), local, france), field];
  };

  if (input.menages !== undefined) {
    const m = territoryCount(input.menages, ["menages"], { fr: "Ménages", en: "Households" }, 0);
    if (m.gt(population)) {
      throw territoryError(
        "NRS_TERRITORY_HOUSEHOLDS_ABOVE_POPULATION",
        ["menages"],
        `Plus de ménages (${m.toFixed()}) que d'habitants (${population.toFixed()}) : un ménage compte au moins une personne.`,
        `More households (${m.toFixed()}) than inhabitants (${population.toFixed()}): a household has at least one person.`,
      );
    }
  }
  const parts = {} as Record<TerritorySegment, [Ranged, TerritoryBasis]>;
  parts.terminaux = keyed("terminaux", "menages", { fr: "Ménages", en: "Households" });
  parts.reseaux = keyed("reseaux", "abonnementsFixes", { fr: "Abonnements fixes", en: "Fixed subscriptions" });

  const dc = input.centresDeDonnees;
  const counting = dc?.comptage ?? "usage";
  if (counting !== "usage" && counting !== "implantation") {
    throw territoryError(
      "NRS_INVALID_VALUE",
      ["centresDeDonnees", "comptage"],
      `Comptage inconnu : ${String(counting)} (usage ou implantation).`,
      `Unknown counting: ${String(counting)} (usage or implantation).`,
    );
  }
  const energyPack = options.energyPack ?? defaultCalculatorPack;
  const sites = dc?.sites ?? [];
  const local =
    sites.length > 0 || counting === "implantation" ? localDataCentres(sites, year, energyPack, ["centresDeDonnees", "sites"]) : undefined;
  if (counting === "implantation" && local !== undefined) {
    parts.centresDeDonnees = [local, "implantation"];
    factors.push(...local.factors);
    values.push(...local.values);
    notes.push({
      fr: "Centres de données comptés par implantation : électricité des sites du territoire seulement (hors fabrication des serveurs), pas la part des usages du territoire servis ailleurs.",
      en: "Data centres counted where located: electricity of the territory's sites only (servers' manufacturing excluded), not the share of the territory's uses served elsewhere.",
    });
  } else {
    parts.centresDeDonnees = [downscale(nationalSegment(base, "centresDeDonnees"), population, base.population), "population"];
    if (local !== undefined) {
      values.push(...local.values);
      notes.push({
        fr: `Centres de données comptés par usage : les ${sites.length} site(s) du territoire (${out(local.value).toFixed(0)} kgCO2e d'électricité) sont cités, non ajoutés, pour ne pas compter deux fois.`,
        en: `Data centres counted by use: the territory's ${sites.length} site(s) (${out(local.value).toFixed(0)} kgCO2e of electricity) are listed, not added, so as not to count twice.`,
      });
    }
  }

  const bySegment = {} as Record<TerritorySegment, TerritorySegmentFootprint>;
  let total = new Exact(0);
  let totalMin = new Exact(0);
  let totalMax = new Exact(0);
  for (const s of TERRITORY_SEGMENTS) {
    const [r, basis] = parts[s];
    const gwp = cell(r);
    total = total.plus(gwp.value);
    totalMin = totalMin.plus(gwp.min);
    totalMax = totalMax.plus(gwp.max);
    bySegment[s] = { segment: s, gwp, perInhabitant: perHead(gwp, population), basis };
    notes.push({
      fr: `${TERRITORY_SEGMENT_LABELS[s].fr} : ${BASIS_NOTE[basis].fr}.`,
      en: `${TERRITORY_SEGMENT_LABELS[s].en}: ${BASIS_NOTE[basis].en}.`,
    });
  }
  const totalCell = impactCell("kgCO2e", out(total), out(totalMin), out(totalMax));

  let administration: TerritoryFootprintResult["administration"];
  if (input.administration !== undefined) {
    const admin = totalOfCriterion(input.administration, "gwp");
    if (admin !== undefined) {
      const share = (a: ImpactCell["value"], t: ImpactCell["value"]) => (t.isZero() ? new Exact(0) : new Exact(a).div(t));
      administration = {
        gwp: admin,
        share: {
          value: out(share(admin.value, totalCell.value), true),
          min: out(share(admin.min, totalCell.max), true),
          max: out(share(admin.max, totalCell.min), true),
        },
      };
      if (admin.value.gt(totalCell.value)) {
        notes.push({
          fr: "L'empreinte de l'administration dépasse l'estimation du territoire : vérifiez les données (la moyenne nationale ne convient pas à ce territoire).",
          en: "The administration's footprint exceeds the territory's estimate: check the data (the national average does not fit this territory).",
        });
      }
    }
  }

  return {
    edition,
    year,
    population: out(population),
    total: totalCell,
    perInhabitant: perHead(totalCell, population),
    bySegment,
    ...definedProps({ administration }),
    trace: { factors, values, notes },
  };
}
