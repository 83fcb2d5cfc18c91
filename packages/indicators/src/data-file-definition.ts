import type * as z from "zod/mini";
import type { CsvInput, Message } from "@nrs/core";
import type { IndicatorCode } from "./catalogue.js";
import type { IndicatorData } from "./indicator-data.js";
import type { DatasetName } from "./indicator-value.js";
import type { RecordsCsvColumn } from "./records-csv-column.js";
import type { RecordsCsvOptions, RecordsParseResult } from "./records-csv.js";

/**
 * How this package reads the records of a yearly CSV file: the parser, the record schema (also used by
 * `computeIndicators` to check records built by hand), and the columns (for templates and docs).
 *
 * @example
 * ```ts
 * import { dataFile } from "@nrs/indicators";
 * const r = dataFile("rgaa.csv")?.records;
 * console.log(r?.columns.map((c) => c.name).join(";")); // entite;service;date_audit;conformes;non_conformes;non_applicables;url
 * ```
 */
export interface DataFileRecords {
  /** Reads the file (text, lines or a stream of chunks). */
  readonly parse: (input: CsvInput, options?: RecordsCsvOptions) => Promise<RecordsParseResult<unknown>>;
  /** The zod/mini schema of one record. */
  readonly schema: z.ZodMiniType;
  /** The columns the parser reads. */
  readonly columns: readonly RecordsCsvColumn[];
}

/**
 * One yearly data file of a project folder (`donnees/<année>/<file>`): its name, the dataset name the
 * provenance of a value cites, where its content goes in {@link IndicatorData}, the package that reads
 * it, the record schema and parser when this package reads it, and the indicators it feeds.
 *
 * @example
 * ```ts
 * import { dataFile, type DataFileDefinition } from "@nrs/indicators";
 * const f: DataFileDefinition | undefined = dataFile("opendata.csv");
 * console.log(f?.dataset, f?.fields, f?.feeds); // opendata ["openData"] ["part-donnees-schema"]
 * ```
 */
export interface DataFileDefinition<F extends string = string> {
  /** File name in `donnees/<année>/` (`achats.csv`). */
  readonly file: F;
  /** The dataset a value's provenance names (`achats`). */
  readonly dataset: DatasetName;
  /** What the file holds, in French and English. */
  readonly label: Message;
  /** The {@link IndicatorData} fields it fills: its records go in the first one. */
  readonly fields: readonly (keyof IndicatorData)[];
  /** The package whose parser reads it (`@nrs/footprint` for the inventories, which it also turns into a footprint). */
  readonly reader: "@nrs/indicators" | "@nrs/footprint";
  /** The parser, schema and columns, for the files this package reads. */
  readonly records?: DataFileRecords;
  /** The indicators computed from it (derived from the compute table, in its order). */
  readonly feeds: readonly IndicatorCode[];
}
