// Hand-written pack: the national figures a territory's digital footprint is downscaled from.
// Every row says where it was read and how sure we are (notes start with the confidence). Where the
// ADEME–Arcep report itself (its table or page) could not be read, the note says so: the figure was
// read on ADEME's own summary page or in the press quoting the study. See docs/methodology/territoire.md.
import { defineFactorPack } from "./define-factor-pack.js";
import type { FactorPack, FactorRowInput } from "./factor-pack.js";

const ADEME_2025 =
  "ADEME, « Numérique : quel impact environnemental en 2022 ? » (2025), summary of the ADEME–Arcep update « Évaluation de l'impact environnemental du numérique en France » (January 2025, 2022 data)";
const ADEME_2025_URL = "https://infos.ademe.fr/?p=10709258";
const SILICON_2025 =
  "silicon.fr, « Numérique : le poids environnemental des usages français hébergés à l'étranger » (2025), quoting the ADEME–Arcep January 2025 update";
const SILICON_2025_URL = "https://silicon.fr/Thematique/green-it-1374/Breves/numerique-poids-environnemental-usages-etranger-468311.htm";
const FACT = "fact quoted with its source (figures are not copyrightable; no text copied)";
const INSEE = "Licence Ouverte / Etalab 2.0 (INSEE)";

type Seg = "terminaux" | "reseaux" | "centresDeDonnees";

function total(
  id: string,
  year: number,
  mt: string,
  minMt: string,
  maxMt: string,
  source: string,
  sourceUrl: string,
  notes: string,
): FactorRowInput {
  const kg = (t: string) => `${t}e9`;
  return {
    id,
    item: "numerique_FR",
    criterion: "annualFootprint",
    value: kg(mt),
    min: kg(minMt),
    max: kg(maxMt),
    unit: "kgCO2e/year",
    source,
    sourceUrl,
    year,
    geography: "FR",
    licence: FACT,
    notes,
    label: { fr: "Empreinte carbone du numérique en France", en: "Carbon footprint of digital in France" },
  };
}

// A published share is rounded to the percent: the range is ± half a point.
function share(id: string, year: number, segment: Seg, percent: number, source: string, sourceUrl: string, notes: string): FactorRowInput {
  const p = (x: number) => (x / 100).toString();
  return {
    id,
    item: `numerique_FR_${segment}`,
    criterion: "ratio",
    value: p(percent),
    min: p(percent - 0.5),
    max: p(percent + 0.5),
    unit: "ratio",
    source,
    sourceUrl,
    year,
    geography: "FR",
    licence: FACT,
    notes,
  };
}

const ROWS: readonly FactorRowInput[] = [
  // January 2025 update, 2022 data.
  total(
    "aa2025-y2022-total",
    2022,
    "29.5",
    "29.45",
    "29.55",
    ADEME_2025,
    ADEME_2025_URL,
    "confidence: medium. 29,5 MtCO2e, 4,4 % of France's carbon footprint, read on ADEME's summary page; the report's own table/page was not read (page reference unconfirmed). Range: rounding to 0,1 Mt only, not the study's uncertainty.",
  ),
  share(
    "aa2025-y2022-terminaux",
    2022,
    "terminaux",
    50,
    ADEME_2025,
    ADEME_2025_URL,
    "confidence: medium. 50 % (manufacturing and use of terminals); ADEME summary page; range = rounding.",
  ),
  share(
    "aa2025-y2022-centresDeDonnees",
    2022,
    "centresDeDonnees",
    46,
    ADEME_2025,
    ADEME_2025_URL,
    "confidence: medium. 46 %, data centres in France and abroad serving French use (53 % of uses hosted abroad); ADEME summary page; range = rounding.",
  ),
  share(
    "aa2025-y2022-reseaux",
    2022,
    "reseaux",
    4,
    ADEME_2025,
    ADEME_2025_URL,
    "confidence: medium. 4 %; ADEME summary page; range = rounding.",
  ),
  // January 2025 update, 2020 re-estimated with the new method (foreign data centres included).
  total(
    "aa2025-y2020-total",
    2020,
    "25",
    "24.5",
    "25.5",
    SILICON_2025,
    SILICON_2025_URL,
    "confidence: unconfirmed. 25 MtCO2e (+47 % on the 2022 edition's 17,2), press quoting the update; not read in the report. Range: rounding to 1 Mt.",
  ),
  share(
    "aa2025-y2020-terminaux",
    2020,
    "terminaux",
    54,
    "guideit.fr (2025), quoting the ADEME–Arcep January 2025 update",
    "https://guideit.fr/?p=127721",
    "confidence: unconfirmed. 54 %, secondary source only.",
  ),
  share(
    "aa2025-y2020-centresDeDonnees",
    2020,
    "centresDeDonnees",
    42,
    "guideit.fr (2025), quoting the ADEME–Arcep January 2025 update",
    "https://guideit.fr/?p=127721",
    "confidence: unconfirmed. 42 %, secondary source only.",
  ),
  share(
    "aa2025-y2020-reseaux",
    2020,
    "reseaux",
    4,
    "guideit.fr (2025), quoting the ADEME–Arcep January 2025 update",
    "https://guideit.fr/?p=127721",
    "confidence: unconfirmed. 4 %, secondary source only.",
  ),
  // First edition (ADEME–Arcep, January 2022 and March 2023), 2020 data, data centres in France only.
  total(
    "aa2022-y2020-total",
    2020,
    "17.2",
    "17.15",
    "17.25",
    "nextinpact.com (2023-09) and greenunivers.com (2023-03), quoting the ADEME–Arcep study « L'empreinte environnementale du numérique en 2020, 2030 et 2050 »",
    "https://www.nextinpact.com/article/72429/impact-environnemental-laudiovisuel-larcom-veut-mode-sobriete-et-mieux-informer",
    "confidence: medium. 17,2 MtCO2e, 2,5 % of France's carbon footprint; two press articles agree; the report's table/page was not read. Range: rounding.",
  ),
  share(
    "aa2022-y2020-terminaux",
    2020,
    "terminaux",
    79,
    SILICON_2025,
    SILICON_2025_URL,
    "confidence: medium. 79 %, whole life cycle; press quoting the study.",
  ),
  share(
    "aa2022-y2020-centresDeDonnees",
    2020,
    "centresDeDonnees",
    16,
    ADEME_2025,
    ADEME_2025_URL,
    "confidence: medium. 16 % in 2020 (data centres in France only), also on ADEME's summary page.",
  ),
  share("aa2022-y2020-reseaux", 2020, "reseaux", 5, SILICON_2025, SILICON_2025_URL, "confidence: medium. 5 %; press quoting the study."),
  // Denominators: France's population and households of the study years.
  {
    id: "insee-pop-2022",
    item: "population_FR",
    criterion: "count",
    value: "67813000",
    min: "67813000",
    max: "68043000",
    unit: "inhabitant",
    source:
      "INSEE, Bilan démographique 2021 (January 2022), population estimated on 1 January 2022, France, as quoted by huffingtonpost.fr (2022-01-18); 1 January 2023: 68 043 000 (Bilan démographique 2022, banquedesterritoires.fr)",
    sourceUrl: "https://www.huffingtonpost.fr/entry/population-francaise-covid-insee-comptes_fr_61d331a1e4b0d637ae987987",
    year: 2022,
    geography: "FR",
    licence: INSEE,
    notes:
      "confidence: medium. Population estimée au 1er janvier (provisional estimate), neither population municipale nor totale (légales). The range runs to 1 January 2023: the year's mean population lies in it.",
    label: { fr: "Population de la France", en: "Population of France" },
  },
  {
    id: "insee-pop-2020",
    item: "population_FR",
    criterion: "count",
    value: "67064000",
    unit: "inhabitant",
    source:
      "INSEE, Bilan démographique 2019 (January 2020), population estimated on 1 January 2020, France (64 898 000 metropolitan + 2 166 000 overseas), as quoted by maire-info.com (2020-01-15)",
    sourceUrl: "https://maire-info.com/plus-de-67-millions-d'habitants-en-france-article2-23766",
    year: 2020,
    geography: "FR",
    licence: INSEE,
    notes:
      "confidence: medium. Population estimée au 1er janvier 2020 (provisional), not a population légale; no range (1 January 2021 not read).",
    label: { fr: "Population de la France", en: "Population of France" },
  },
  {
    id: "insee-menages-rp2022",
    item: "menages_FR",
    criterion: "count",
    value: "30907289",
    unit: "household",
    source:
      "INSEE, RP2022 exploitation complémentaire, tableau FAM T1 « Ménages selon leur composition », France (géographie au 01/01/2025)",
    sourceUrl: "https://www.insee.fr/fr/statistiques/8569208?geo=FE-1",
    year: 2022,
    geography: "FR",
    licence: INSEE,
    notes:
      "confidence: high. 30 907 289 households (population of households 66 330 502); census of reference year 2022, France excluding Mayotte.",
    label: { fr: "Ménages en France", en: "Households in France" },
  },
  {
    id: "arcep-abonnements-fixes-2022",
    item: "abonnements_fixes_FR",
    criterion: "count",
    value: "31461000",
    min: "31461000",
    max: "32000000",
    unit: "subscription",
    source:
      "Arcep, observatoire du haut et très haut débit fixe: 31,461 million subscriptions at end 2021 and about 32 million on 31 March 2023, as quoted by nextinpact.com (2022-03 and 2023)",
    sourceUrl: "https://www.nextinpact.com/article/71858/ou-en-est-deploiement-fibre-en-france-81-locaux-eligibles-a-fibre-optique",
    year: 2022,
    geography: "FR",
    licence: FACT,
    notes: "confidence: unconfirmed. The end-2022 figure itself was not read: the value is end 2021, the range runs to 31 March 2023.",
    label: { fr: "Abonnements internet fixe en France", en: "Fixed internet subscriptions in France" },
  },
];

/**
 * The national figures a territory's digital footprint is downscaled from: the ADEME–Arcep
 * assessments (January 2025 update with 2022 figures and 2020 re-estimated; the first edition with
 * 2020 figures), France's population and households, and fixed internet subscriptions. Each row's
 * `notes` starts with its confidence (`high`, `medium`, `unconfirmed`).
 *
 * @example
 * ```ts
 * import { frTerritoire_2025_1, lookupFactor } from "@nrs/footprint";
 * const t = lookupFactor(frTerritoire_2025_1, { item: "numerique_FR", criterion: "annualFootprint", year: 2022 });
 * console.log(t.value.toString(), t.unit); // "29500000000" "kgCO2e/year"
 * ```
 */
export const frTerritoire_2025_1: FactorPack = /* @__PURE__ */ defineFactorPack({
  id: "fr-territoire",
  version: "2025.1",
  title: { fr: "Empreinte numérique nationale à décliner sur un territoire", en: "National digital footprint to downscale to a territory" },
  description: {
    fr: "Évaluations ADEME–Arcep (édition 2022, données 2020 ; mise à jour de janvier 2025, données 2022), population et ménages INSEE, abonnements fixes Arcep.",
    en: "ADEME–Arcep assessments (2022 edition, 2020 data; January 2025 update, 2022 data), INSEE population and households, Arcep fixed subscriptions.",
  },
  generatedFrom: [{ name: "hand-written from the sources named in each row", version: "2025.1" }],
  rows: ROWS,
});
