import type { Message } from "@nrs/core";
import type { IndicatorDefinition, IndicatorSource } from "./indicator-definition.js";

const ADEME_ARCEP: IndicatorSource = {
  id: "ADEME-ARCEP-2025",
  citation:
    "ADEME–Arcep, « Évaluation de l'impact environnemental du numérique en France » (mise à jour de janvier 2025, données 2022), déclinée au territoire par @nrs/footprint",
  url: "https://infos.ademe.fr/?p=10709258",
};
const DECRET: IndicatorSource = {
  id: "DECRET-2022-1084",
  citation: "Décret n° 2022-1084 (CGCT D. 2311-15-1) : objectifs de réduction de l'empreinte environnementale du numérique du territoire",
  url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046122300",
};
// Keeps each code's literal type, so that the catalogue's IndicatorCode union includes it.
function def<const C extends string>(d: IndicatorDefinition<C>): IndicatorDefinition<C> {
  return Object.freeze(d);
}

const SEGMENT: Message = { fr: "segment (terminaux, reseaux, centresDeDonnees)", en: "segment (terminaux, reseaux, centresDeDonnees)" };

/**
 * The territory-perimeter indicators (`perimetre: "TERRITOIRE"`): the territory's digital footprint,
 * per inhabitant, by segment (breakdown) and the administration's share. They are computed from a
 * `computeTerritoryFootprint` result; sums and ratios roll up from communes to their EPCI with
 * conservation (the EPCI's total is the sum of its communes').
 *
 * @example
 * ```ts
 * import { TERRITORY_INDICATORS } from "@nrs/indicators";
 * console.log(TERRITORY_INDICATORS.map((d) => d.code).join(", "));
 * // empreinte-territoire-totale, empreinte-territoire-par-habitant, part-administration-empreinte-territoire
 * ```
 */
export const TERRITORY_INDICATORS = Object.freeze([
  def({
    code: "empreinte-territoire-totale",
    label: { fr: "Empreinte carbone du numérique du territoire", en: "Carbon footprint of digital on the territory" },
    unit: "kgCO2e",
    direction: "BAISSE",
    periodicity: "annuelle",
    axis: "AUTRE",
    sources: [DECRET, ADEME_ARCEP],
    aggregation: "sum",
    computation: "computed",
    method: {
      fr: "Σ segments de l'évaluation ADEME–Arcep déclinés au territoire (population, ou données locales)",
      en: "Σ segments of the ADEME–Arcep assessment downscaled to the territory (population, or local data)",
    },
    nature: "PERIODE",
    breakdownBy: SEGMENT,
    perimetre: "TERRITOIRE",
  }),
  def({
    code: "empreinte-territoire-par-habitant",
    label: {
      fr: "Empreinte carbone du numérique du territoire par habitant",
      en: "Carbon footprint of digital on the territory per inhabitant",
    },
    unit: "kgCO2e/habitant",
    direction: "BAISSE",
    periodicity: "annuelle",
    axis: "AUTRE",
    sources: [DECRET, ADEME_ARCEP],
    aggregation: "ratio",
    computation: "computed",
    method: { fr: "Empreinte du territoire (kgCO2e) / population", en: "Territory footprint (kgCO2e) / population" },
    nature: "PERIODE",
    breakdownBy: SEGMENT,
    perimetre: "TERRITOIRE",
  }),
  def({
    code: "part-administration-empreinte-territoire",
    label: {
      fr: "Part de l'administration dans l'empreinte numérique du territoire",
      en: "Administration's share of the territory's digital footprint",
    },
    unit: "%",
    direction: "BAISSE",
    periodicity: "annuelle",
    axis: "AUTRE",
    sources: [ADEME_ARCEP],
    aggregation: "ratio",
    computation: "computed",
    multiplier: 100,
    method: {
      fr: "Empreinte de l'administration / empreinte du territoire × 100 (une part, jamais ajoutée)",
      en: "Administration footprint / territory footprint × 100 (a share, never added)",
    },
    nature: "PERIODE",
    perimetre: "TERRITOIRE",
  }),
] as const);
