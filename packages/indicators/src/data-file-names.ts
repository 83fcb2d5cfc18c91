import type { IndicatorData } from "./indicator-data.js";
import type { DatasetName } from "./indicator-value.js";
import type { DATASET_FILES } from "./data-file-of-dataset.js";

/**
 * What identifies a yearly data file, without its parser: its name, its dataset, its labels, where its
 * content goes in {@link IndicatorData}, and the package that reads it.
 *
 * @example
 * ```ts
 * import { DATA_FILE_NAMES, type DataFileIdentity } from "@nrs/indicators";
 * const f: DataFileIdentity | undefined = DATA_FILE_NAMES.find((d) => d.dataset === "rgaa");
 * console.log(f?.file, f?.reader); // rgaa.csv @nrs/indicators
 * ```
 */
export interface DataFileIdentity {
  /** File name in `donnees/<année>/` (`achats.csv`). */
  readonly file: string;
  /** The dataset a value's provenance names (`achats`). */
  readonly dataset: DatasetName;
  /** What the file holds, in French and English. */
  readonly label: { readonly fr: string; readonly en: string };
  /** The {@link IndicatorData} fields it fills: its records go in the first one. */
  readonly fields: readonly (keyof IndicatorData)[];
  /** The package whose parser reads it (`@nrs/footprint` for the inventories, which it also turns into a footprint). */
  readonly reader: "@nrs/indicators" | "@nrs/footprint";
}

/** An entry whose file is the one `DATASET_FILES` gives its dataset: the two tables cannot disagree. */
type NamedAsInDatasetFiles = {
  [D in keyof typeof DATASET_FILES]: { readonly dataset: D; readonly file: (typeof DATASET_FILES)[D] };
}[keyof typeof DATASET_FILES];

function names<const T extends readonly (DataFileIdentity & NamedAsInDatasetFiles)[]>(t: T): T {
  for (const e of t) Object.freeze([Object.freeze(e.label), Object.freeze(e.fields), Object.freeze(e)]);
  return Object.freeze(t);
}

/**
 * The first half of the data-file registry: every yearly file of a project folder, in the order `nrs
 * validate` reads them, with its dataset, labels, fields and reader. `DATA_FILES` adds the parser, record
 * schema and columns of the files this package reads, and the indicators each file feeds. This half
 * imports no parser, so that a page naming a value's source file (the bilan) does not bundle them all.
 *
 * @example
 * ```ts
 * import { DATA_FILE_NAMES } from "@nrs/indicators";
 * console.log(DATA_FILE_NAMES.map((f) => f.dataset).join(" ")); // inventaire hebergement achats sorties evenements rgesn rgaa ecoindex opendata impressions territoire
 * ```
 */
export const DATA_FILE_NAMES = names([
  {
    file: "inventaire.csv",
    dataset: "inventaire",
    label: { fr: "Inventaire du parc (équipements)", en: "Device inventory" },
    fields: ["inventory", "footprint"],
    reader: "@nrs/footprint",
  },
  {
    file: "hebergement.json",
    dataset: "hebergement",
    label: { fr: "Hébergement : serveurs, contrats, cloud", en: "Hosting: servers, contracts, cloud" },
    fields: ["hosting", "footprint"],
    reader: "@nrs/footprint",
  },
  {
    file: "achats.csv",
    dataset: "achats",
    label: { fr: "Achats (AGEC art. 58)", en: "Purchases (AGEC art. 58)" },
    fields: ["purchases"],
    reader: "@nrs/indicators",
  },
  {
    file: "sorties.csv",
    dataset: "sorties",
    label: { fr: "Sorties de matériel (réforme, réemploi, DEEE)", en: "Retired equipment (reuse, WEEE)" },
    fields: ["retirements"],
    reader: "@nrs/indicators",
  },
  {
    file: "evenements.csv",
    dataset: "evenements",
    label: { fr: "Formations et actions de sensibilisation", en: "Training and awareness events" },
    fields: ["events"],
    reader: "@nrs/indicators",
  },
  {
    file: "rgesn.csv",
    dataset: "rgesn",
    label: { fr: "Évaluations RGESN", en: "RGESN evaluations" },
    fields: ["rgesn"],
    reader: "@nrs/indicators",
  },
  { file: "rgaa.csv", dataset: "rgaa", label: { fr: "Audits RGAA", en: "RGAA audits" }, fields: ["rgaa"], reader: "@nrs/indicators" },
  {
    file: "ecoindex.csv",
    dataset: "ecoindex",
    label: { fr: "Mesures EcoIndex", en: "EcoIndex measurements" },
    fields: ["ecoindex"],
    reader: "@nrs/indicators",
  },
  {
    file: "opendata.csv",
    dataset: "opendata",
    label: { fr: "Catalogue open data", en: "Open-data catalogue" },
    fields: ["openData"],
    reader: "@nrs/indicators",
  },
  {
    file: "impressions.csv",
    dataset: "impressions",
    label: { fr: "Impressions : pages imprimées, papier acheté", en: "Printing: pages printed, paper bought" },
    fields: ["printing"],
    reader: "@nrs/indicators",
  },
  {
    file: "territoire.json",
    dataset: "territoire",
    label: { fr: "Données du territoire (empreinte numérique du territoire)", en: "Territory data (digital footprint of the territory)" },
    fields: ["territory"],
    reader: "@nrs/footprint",
  },
]);

/**
 * The name of a yearly CSV file this package parses (a registry entry read by `@nrs/indicators`).
 *
 * @example
 * ```ts
 * import { RECORDS_CSV_COLUMNS, type RecordsCsvFile } from "@nrs/indicators";
 * const f: RecordsCsvFile = "sorties.csv";
 * console.log(RECORDS_CSV_COLUMNS[f].length); // 12
 * ```
 */
export type RecordsCsvFile = Extract<(typeof DATA_FILE_NAMES)[number], { readonly reader: "@nrs/indicators" }>["file"];
