import type { ColumnSpec } from "./record-cells.js";

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

/** @internal The public description of a parser's column specifications. */
export function describeColumns(columns: readonly ColumnSpec[]): readonly RecordsCsvColumn[] {
  return Object.freeze(
    columns.map((c): RecordsCsvColumn => {
      const [name = c.key, ...aliases] = c.names;
      const base = { key: c.key, name, aliases: Object.freeze(aliases), required: c.required === true };
      return Object.freeze(
        typeof c.kind === "string" ? { ...base, type: c.kind } : { ...base, type: "choice" as const, expected: c.kind.expected },
      );
    }),
  );
}
