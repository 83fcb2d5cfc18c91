import { COLUMNS as ECOINDEX_COLUMNS } from "./ecoindex-record.js";
import { COLUMNS as EVENT_COLUMNS } from "./event-record.js";
import { COLUMNS as OPEN_DATA_COLUMNS } from "./open-data-record.js";
import { COLUMNS as PURCHASE_COLUMNS } from "./purchase-record.js";
import type { ColumnSpec } from "./records-csv.js";
import { COLUMNS as RETIREMENT_COLUMNS } from "./retirement-record.js";
import { COLUMNS as RGAA_COLUMNS } from "./rgaa-record.js";
import { COLUMNS as RGESN_COLUMNS } from "./rgesn-record.js";

/**
 * A yearly CSV file of a project folder read by this package (`donnees/<année>/<file>`).
 *
 * @example
 * ```ts
 * import { RECORDS_CSV_COLUMNS, type RecordsCsvFile } from "@nrs/indicators";
 * const f: RecordsCsvFile = "sorties.csv";
 * console.log(RECORDS_CSV_COLUMNS[f].length); // 12
 * ```
 */
export type RecordsCsvFile = "achats.csv" | "sorties.csv" | "evenements.csv" | "rgesn.csv" | "rgaa.csv" | "ecoindex.csv" | "opendata.csv";

/**
 * One column of a yearly CSV file, as its parser reads it.
 *
 * @example
 * ```ts
 * import { RECORDS_CSV_COLUMNS, type RecordsCsvColumn } from "@nrs/indicators";
 * const c: RecordsCsvColumn | undefined = RECORDS_CSV_COLUMNS["achats.csv"].find((x) => x.key === "amount");
 * console.log(c?.name, c?.aliases, c?.type, c?.required); // montant_ht ["montant", "amount"] decimal true
 * ```
 */
export interface RecordsCsvColumn {
  /** Field of the parsed record (`amount`). */
  readonly key: string;
  /** The French name, as written in the examples (`montant_ht`). */
  readonly name: string;
  /** The other headers accepted for the column (French variants, English). */
  readonly aliases: readonly string[];
  /** What a cell holds: text, a decimal, a whole number, a date, oui/non (`boolean`), or one of a list of values (`choice`). */
  readonly type: "text" | "decimal" | "integer" | "date" | "boolean" | "choice";
  /** The header must have the column (else `NRS_MISSING_COLUMN`). */
  readonly required: boolean;
  /** For a `choice`: the accepted values, as the error message lists them. */
  readonly expected?: string;
}

function describeColumns(columns: readonly ColumnSpec[]): readonly RecordsCsvColumn[] {
  return Object.freeze(columns.map((c): RecordsCsvColumn => {
    const [name = c.key, ...aliases] = c.names;
    const base = { key: c.key, name, aliases: Object.freeze(aliases), required: c.required === true };
    return Object.freeze(typeof c.kind === "string" ? { ...base, type: c.kind } : { ...base, type: "choice" as const, expected: c.kind.expected });
  }));
}

/**
 * The columns of each yearly CSV file, taken from the specifications its parser uses
 * (`parsePurchasesCsv` for `achats.csv`…): for a template, a column picker, or documentation that
 * cannot fall out of date (`docs/formats/donnees-annuelles.md` is tested against it). Headers are
 * matched case- and accent-insensitively, any run of other characters standing for `_`.
 *
 * @example
 * ```ts
 * import { RECORDS_CSV_COLUMNS } from "@nrs/indicators";
 * const required = RECORDS_CSV_COLUMNS["evenements.csv"].filter((c) => c.required).map((c) => c.name);
 * console.log(required.join(";")); // date;type;public;participants
 * ```
 */
export const RECORDS_CSV_COLUMNS: Readonly<Record<RecordsCsvFile, readonly RecordsCsvColumn[]>> = Object.freeze({
  "achats.csv": describeColumns(PURCHASE_COLUMNS),
  "sorties.csv": describeColumns(RETIREMENT_COLUMNS),
  "evenements.csv": describeColumns(EVENT_COLUMNS),
  "rgesn.csv": describeColumns(RGESN_COLUMNS),
  "rgaa.csv": describeColumns(RGAA_COLUMNS),
  "ecoindex.csv": describeColumns(ECOINDEX_COLUMNS),
  "opendata.csv": describeColumns(OPEN_DATA_COLUMNS),
});
