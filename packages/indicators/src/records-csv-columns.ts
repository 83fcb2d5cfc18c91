import type { RecordsCsvFile } from "./data-file-names.js";
import { DATA_FILES } from "./data-files.js";
import type { RecordsCsvColumn } from "./records-csv-column.js";

/**
 * The columns of each yearly CSV file this package parses, taken from the data-file registry
 * (`DATA_FILES`, whose entries take them from the specifications each parser uses): for a template, a
 * column picker, or documentation that cannot fall out of date (`docs/formats/donnees-annuelles.md` is
 * tested against it). Headers are matched case- and accent-insensitively, any run of other characters
 * standing for `_`.
 *
 * @example
 * ```ts
 * import { RECORDS_CSV_COLUMNS } from "@nrs/indicators";
 * const required = RECORDS_CSV_COLUMNS["evenements.csv"].filter((c) => c.required).map((c) => c.name);
 * console.log(required.join(";")); // date;type;public;participants
 * ```
 */
export const RECORDS_CSV_COLUMNS: Readonly<Record<RecordsCsvFile, readonly RecordsCsvColumn[]>> = Object.freeze(
  Object.fromEntries(DATA_FILES.flatMap((f) => (f.records === undefined ? [] : [[f.file, f.records.columns]]))) as Record<
    RecordsCsvFile,
    readonly RecordsCsvColumn[]
  >,
);
