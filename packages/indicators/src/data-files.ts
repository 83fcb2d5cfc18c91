import { DATASET_COMPUTERS } from "./compute/dataset-computers.js";
import type { DataFileDefinition, DataFileRecords } from "./data-file-definition.js";
import { COLUMNS as ECOINDEX_COLUMNS, EcoIndexMeasurementSchema, parseEcoIndexCsv } from "./ecoindex-record.js";
import { COLUMNS as EVENT_COLUMNS, EventSchema, parseEventsCsv } from "./event-record.js";
import type { IndicatorCode } from "./catalogue.js";
import type { IndicatorData } from "./indicator-data.js";
import { DATA_FILE_NAMES, type DataFileIdentity, type RecordsCsvFile } from "./data-file-names.js";
import type { DataFileName } from "./data-file-of-dataset.js";
import { COLUMNS as OPEN_DATA_COLUMNS, OpenDataDatasetSchema, parseOpenDataCsv } from "./open-data-record.js";
import { COLUMNS as PRINTING_COLUMNS, parsePrintingCsv, PrintingSchema } from "./printing-record.js";
import { COLUMNS as PURCHASE_COLUMNS, parsePurchasesCsv, PurchaseSchema } from "./purchase-record.js";
import { describeColumns } from "./records-csv-column.js";
import type { ColumnSpec } from "./record-cells.js";
import { COLUMNS as RETIREMENT_COLUMNS, parseRetirementsCsv, RetirementSchema } from "./retirement-record.js";
import { COLUMNS as RGAA_COLUMNS, parseRgaaCsv, RgaaAuditSchema } from "./rgaa-record.js";
import { COLUMNS as RGESN_COLUMNS, parseRgesnCsv, RgesnEvaluationSchema } from "./rgesn-record.js";

// The parser, record schema and columns of every CSV file this package reads, by file name: the type
// makes a CSV of DATA_FILE_NAMES without its entry here (or an entry for another file) a compile error.
const RECORDS: { readonly [F in RecordsCsvFile]: Omit<DataFileRecords, "columns"> & { readonly columns: readonly ColumnSpec[] } } = {
  "achats.csv": { parse: parsePurchasesCsv, schema: PurchaseSchema, columns: PURCHASE_COLUMNS },
  "sorties.csv": { parse: parseRetirementsCsv, schema: RetirementSchema, columns: RETIREMENT_COLUMNS },
  "evenements.csv": { parse: parseEventsCsv, schema: EventSchema, columns: EVENT_COLUMNS },
  "rgesn.csv": { parse: parseRgesnCsv, schema: RgesnEvaluationSchema, columns: RGESN_COLUMNS },
  "rgaa.csv": { parse: parseRgaaCsv, schema: RgaaAuditSchema, columns: RGAA_COLUMNS },
  "ecoindex.csv": { parse: parseEcoIndexCsv, schema: EcoIndexMeasurementSchema, columns: ECOINDEX_COLUMNS },
  "opendata.csv": { parse: parseOpenDataCsv, schema: OpenDataDatasetSchema, columns: OPEN_DATA_COLUMNS },
  "impressions.csv": { parse: parsePrintingCsv, schema: PrintingSchema, columns: PRINTING_COLUMNS },
};

// « Indicators fed » is not written by hand: it is every code of the compute entries reading one of the fields.
function feeds(fields: readonly (keyof IndicatorData)[]): readonly IndicatorCode[] {
  return Object.freeze(DATASET_COMPUTERS.filter((c) => c.reads.some((r) => fields.includes(r))).flatMap((c) => c.codes));
}

const isRead = (f: DataFileIdentity): f is DataFileIdentity & { readonly file: RecordsCsvFile } => f.reader === "@nrs/indicators";

const FILES: readonly DataFileDefinition<DataFileName>[] = Object.freeze(
  DATA_FILE_NAMES.map((f) => {
    const r = isRead(f) ? RECORDS[f.file] : undefined;
    // eslint-disable-next-line no-restricted-syntax -- the property is built from the record definition, not the value passed on
    const records = r === undefined ? {} : { records: Object.freeze({ ...r, columns: describeColumns(r.columns) }) };
    return Object.freeze({
      file: f.file,
      dataset: f.dataset,
      label: f.label,
      fields: f.fields,
      reader: f.reader,
      ...records,
      feeds: feeds(f.fields),
    });
  }),
);

/**
 * The data-file registry: every yearly file of a project folder (`donnees/<année>/<file>`), in the
 * order `nrs validate` reads them, with its record schema and the indicators it feeds. Adding a data
 * file is one entry in {@link DATA_FILE_NAMES} (its name, dataset, labels, fields, reader), its parser,
 * schema and columns here when this package reads it (the type checker asks for them), plus its
 * `compute/<dataset>.ts`: the CLI lists, reads and validates the files from it, and `RECORDS_CSV_COLUMNS`
 * describes their columns from it.
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
