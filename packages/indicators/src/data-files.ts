import type { Message } from "@nrs/core";
import { DATASET_COMPUTERS } from "./compute/dataset-computers.js";
import type { DataFileDefinition, DataFileRecords } from "./data-file-definition.js";
import { COLUMNS as ECOINDEX_COLUMNS, EcoIndexMeasurementSchema, parseEcoIndexCsv } from "./ecoindex-record.js";
import { COLUMNS as EVENT_COLUMNS, EventSchema, parseEventsCsv } from "./event-record.js";
import type { IndicatorCode } from "./catalogue.js";
import type { IndicatorData } from "./indicator-data.js";
import type { DatasetName } from "./indicator-value.js";
import { COLUMNS as OPEN_DATA_COLUMNS, OpenDataDatasetSchema, parseOpenDataCsv } from "./open-data-record.js";
import { COLUMNS as PRINTING_COLUMNS, parsePrintingCsv, PrintingSchema } from "./printing-record.js";
import { COLUMNS as PURCHASE_COLUMNS, parsePurchasesCsv, PurchaseSchema } from "./purchase-record.js";
import { describeColumns } from "./records-csv-column.js";
import { COLUMNS as RETIREMENT_COLUMNS, parseRetirementsCsv, RetirementSchema } from "./retirement-record.js";
import { COLUMNS as RGAA_COLUMNS, parseRgaaCsv, RgaaAuditSchema } from "./rgaa-record.js";
import { COLUMNS as RGESN_COLUMNS, parseRgesnCsv, RgesnEvaluationSchema } from "./rgesn-record.js";

interface Entry<F extends string> {
  readonly file: F;
  readonly dataset: DatasetName;
  readonly fr: string;
  readonly en: string;
  readonly fields: readonly (keyof IndicatorData)[];
  readonly records?: Omit<DataFileRecords, "columns"> & { readonly columns: Parameters<typeof describeColumns>[0] };
}

// « Indicators fed » is not written by hand: it is every code of the compute entries reading one of the fields.
function feeds(fields: readonly (keyof IndicatorData)[]): readonly IndicatorCode[] {
  return Object.freeze(DATASET_COMPUTERS.filter((c) => c.reads.some((r) => fields.includes(r))).flatMap((c) => c.codes));
}

type Reader = DataFileDefinition["reader"];

function entry<const F extends string, const R extends Reader = "@nrs/indicators">(
  e: Entry<F> & { readonly reader?: R },
): DataFileDefinition<F> & { readonly reader: R } {
  const label: Message = { fr: e.fr, en: e.en };
  const records = e.records === undefined ? {} : { records: Object.freeze({ ...e.records, columns: describeColumns(e.records.columns) }) };
  return Object.freeze({
    file: e.file,
    dataset: e.dataset,
    label,
    fields: Object.freeze(e.fields),
    reader: e.reader ?? ("@nrs/indicators" as R),
    ...records,
    feeds: feeds(e.fields),
  });
}

const FILES = Object.freeze([
  entry({
    file: "inventaire.csv",
    dataset: "inventaire",
    fr: "Inventaire du parc (équipements)",
    en: "Device inventory",
    fields: ["inventory", "footprint"],
    reader: "@nrs/footprint",
  }),
  entry({
    file: "hebergement.json",
    dataset: "hebergement",
    fr: "Hébergement : serveurs, contrats, cloud",
    en: "Hosting: servers, contracts, cloud",
    fields: ["hosting", "footprint"],
    reader: "@nrs/footprint",
  }),
  entry({
    file: "achats.csv",
    dataset: "achats",
    fr: "Achats (AGEC art. 58)",
    en: "Purchases (AGEC art. 58)",
    fields: ["purchases"],
    records: { parse: parsePurchasesCsv, schema: PurchaseSchema, columns: PURCHASE_COLUMNS },
  }),
  entry({
    file: "sorties.csv",
    dataset: "sorties",
    fr: "Sorties de matériel (réforme, réemploi, DEEE)",
    en: "Retired equipment (reuse, WEEE)",
    fields: ["retirements"],
    records: { parse: parseRetirementsCsv, schema: RetirementSchema, columns: RETIREMENT_COLUMNS },
  }),
  entry({
    file: "evenements.csv",
    dataset: "evenements",
    fr: "Formations et actions de sensibilisation",
    en: "Training and awareness events",
    fields: ["events"],
    records: { parse: parseEventsCsv, schema: EventSchema, columns: EVENT_COLUMNS },
  }),
  entry({
    file: "rgesn.csv",
    dataset: "rgesn",
    fr: "Évaluations RGESN",
    en: "RGESN evaluations",
    fields: ["rgesn"],
    records: { parse: parseRgesnCsv, schema: RgesnEvaluationSchema, columns: RGESN_COLUMNS },
  }),
  entry({
    file: "rgaa.csv",
    dataset: "rgaa",
    fr: "Audits RGAA",
    en: "RGAA audits",
    fields: ["rgaa"],
    records: { parse: parseRgaaCsv, schema: RgaaAuditSchema, columns: RGAA_COLUMNS },
  }),
  entry({
    file: "ecoindex.csv",
    dataset: "ecoindex",
    fr: "Mesures EcoIndex",
    en: "EcoIndex measurements",
    fields: ["ecoindex"],
    records: { parse: parseEcoIndexCsv, schema: EcoIndexMeasurementSchema, columns: ECOINDEX_COLUMNS },
  }),
  entry({
    file: "opendata.csv",
    dataset: "opendata",
    fr: "Catalogue open data",
    en: "Open-data catalogue",
    fields: ["openData"],
    records: { parse: parseOpenDataCsv, schema: OpenDataDatasetSchema, columns: OPEN_DATA_COLUMNS },
  }),
  entry({
    file: "impressions.csv",
    dataset: "impressions",
    fr: "Impressions : pages imprimées, papier acheté",
    en: "Printing: pages printed, paper bought",
    fields: ["printing"],
    records: { parse: parsePrintingCsv, schema: PrintingSchema, columns: PRINTING_COLUMNS },
  }),
  entry({
    file: "territoire.json",
    dataset: "territoire",
    fr: "Données du territoire (empreinte numérique du territoire)",
    en: "Territory data (digital footprint of the territory)",
    fields: ["territory"],
    reader: "@nrs/footprint",
  }),
]);

/**
 * The name of a yearly data file of the registry, as a union of string literals.
 *
 * @example
 * ```ts
 * import type { DataFileName } from "@nrs/indicators";
 * const f: DataFileName = "sorties.csv";
 * console.log(f); // sorties.csv
 * ```
 */
export type DataFileName = (typeof FILES)[number]["file"];

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
export type RecordsCsvFile = Extract<(typeof FILES)[number], { readonly reader: "@nrs/indicators" }>["file"];

/**
 * The data-file registry: every yearly file of a project folder (`donnees/<année>/<file>`), in the
 * order `nrs validate` reads them, with its record schema and the indicators it feeds. Adding a data
 * file is one entry here (plus its `compute/<dataset>.ts`): the CLI lists, reads and validates the
 * files from it, and `RECORDS_CSV_COLUMNS` describes their columns from it.
 *
 * @example
 * ```ts
 * import { DATA_FILES } from "@nrs/indicators";
 * console.log(DATA_FILES.map((f) => f.file).join(" ")); // inventaire.csv hebergement.json achats.csv sorties.csv evenements.csv rgesn.csv rgaa.csv ecoindex.csv opendata.csv impressions.csv territoire.json
 * console.log(DATA_FILES.find((f) => f.file === "achats.csv")?.feeds); // ["part-achats-reemploi"]
 * ```
 */
export const DATA_FILES: readonly DataFileDefinition<DataFileName>[] = FILES;

const BY_NAME: ReadonlyMap<string, DataFileDefinition<DataFileName>> = new Map(FILES.map((f) => [f.file, f]));
const BY_DATASET: ReadonlyMap<string, DataFileDefinition<DataFileName>> = new Map(FILES.map((f) => [f.dataset, f]));

/**
 * The registry entry of a file name (`achats.csv`) or of a dataset name (`achats`), or `undefined`.
 *
 * @example
 * ```ts
 * import { dataFile } from "@nrs/indicators";
 * console.log(dataFile("sorties")?.file, dataFile("sorties.csv")?.label.en, dataFile("x.csv")); // sorties.csv Retired equipment (reuse, WEEE) undefined
 * ```
 */
export function dataFile(name: string): DataFileDefinition<DataFileName> | undefined {
  return BY_NAME.get(name) ?? BY_DATASET.get(name);
}
