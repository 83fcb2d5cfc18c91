// A cell opening with a tab or line break, or with `= + - @` (ASCII or full-width) behind any run of
// spaces and invisible characters (NBSP, ideographic space U+3000, BOM, zero-width space and joiners,
// word joiner) that a spreadsheet may drop before reading it as a formula.
const FORMULA_START = /^(?:[\t\r\n]|[\s\u00A0\u3000\uFEFF\u200B-\u200D\u2060]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/**
 * Neutralises a text cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`
 * or their full-width forms, possibly behind spaces, NBSP, U+3000, a BOM or zero-width characters; or
 * starting with a tab, carriage return or line feed; OWASP "CSV injection"): a leading apostrophe makes
 * Excel, LibreOffice and Google Sheets show it as text. Other text is returned unchanged.
 *
 * Only free-text columns go through this: numbers written by the SDK itself are never neutralised,
 * so a negative number stays a number.
 *
 * @example
 * ```ts
 * import { neutraliseCsvFormula } from "@nrs/report";
 * console.log(neutraliseCsvFormula("=HYPERLINK(\"http://x\")")); // '=HYPERLINK("http://x")
 * if (neutraliseCsvFormula("Mairie") !== "Mairie") throw new Error("changed");
 * ```
 */
export function neutraliseCsvFormula(text: string): string {
  return FORMULA_START.test(text) ? "'" + text : text;
}

/**
 * Quotes one CSV cell as RFC 4180 does: a cell holding the delimiter, a double quote, a line feed or a
 * carriage return is wrapped in double quotes, inner quotes doubled.
 *
 * @example
 * ```ts
 * import { quoteCsvCell } from "@nrs/report";
 * console.log(quoteCsvCell('a "b", c', ",")); // "a ""b"", c"
 * ```
 */
export function quoteCsvCell(cell: string, delimiter: string): string {
  if (cell.includes(delimiter) || /["\r\n]/.test(cell)) return '"' + cell.replace(/"/g, '""') + '"';
  return cell;
}

/** One column of {@link writeCsv}: `text` cells are neutralised, `raw` cells are written as given. */
export interface CsvColumn<Row> {
  /** Header written on the first line. */
  readonly name: string;
  /** `text` for data strings (formula-neutralised); `raw` for values the SDK formats itself (numbers, dates, booleans). */
  readonly kind: "text" | "raw";
  /** The cell of a row; `undefined` gives an empty cell. */
  readonly cell: (row: Row) => string | undefined;
}

/**
 * Writes rows as CSV (UTF-8 text, no BOM, `\n` line ends like the national schemas' example files,
 * RFC 4180 quoting, formula neutralisation of text columns).
 *
 * @example
 * ```ts
 * import { writeCsv } from "@nrs/report";
 * const csv = writeCsv([{ n: "=1+1", v: "2" }], [
 *   { name: "nom", kind: "text", cell: (r) => r.n },
 *   { name: "valeur", kind: "raw", cell: (r) => r.v },
 * ]);
 * if (csv !== "nom,valeur\n'=1+1,2\n") throw new Error(csv);
 * ```
 */
export function writeCsv<Row>(rows: Iterable<Row>, columns: readonly CsvColumn<Row>[], delimiter = ","): string {
  const lines = [columns.map((c) => quoteCsvCell(c.name, delimiter)).join(delimiter)];
  for (const row of rows) {
    lines.push(
      columns
        .map((c) => {
          const v = c.cell(row) ?? "";
          return quoteCsvCell(c.kind === "text" ? neutraliseCsvFormula(v) : v, delimiter);
        })
        .join(delimiter),
    );
  }
  return lines.join("\n") + "\n";
}
