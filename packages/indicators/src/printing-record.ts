import * as z from "zod/mini";
import type { CsvInput } from "@nrs/core";
import { readRecordsCsv, type RecordsCsvOptions, type RecordsParseResult } from "./records-csv.js";
import { wordChoice, type ColumnSpec, ENTITY_COLUMN } from "./record-cells.js";

const FORMAT_WORDS: ReadonlyMap<string, "A4" | "A3"> = new Map([
  ["a4", "A4"],
  ["a3", "A3"],
]);

/**
 * zod/mini schema of a line of `impressions.csv`: the year's printing of one kind (format, colour) for
 * an entity, as pages printed and/or sheets bought. At least one of `pages` and `sheets` is needed.
 *
 * @example
 * ```ts
 * import { safeParse } from "@nrs/core";
 * import { PrintingSchema } from "@nrs/indicators";
 * const r = safeParse(PrintingSchema, { format: "A4", pages: -5 });
 * console.log(r.ok ? "ok" : r.errors[0]?.code); // NRS_TOO_SMALL
 * ```
 */
export const PrintingSchema = z
  .object({
    /** `epci` or an INSEE code; absent means the EPCI. */
    entity: z.optional(z.string().check(z.minLength(1))),
    /** Paper format: `A4` (default) or `A3`. */
    format: z.prefault(z.enum(["A4", "A3"]), "A4"),
    /** Colour printing. */
    colour: z.prefault(z.boolean(), false),
    /** Printed on both sides. */
    duplex: z.optional(z.boolean()),
    /** Pages printed in the year. */
    pages: z.optional(z.number().check(z.int(), z.minimum(0))),
    /** Sheets bought (or used) in the year. */
    sheets: z.optional(z.number().check(z.int(), z.minimum(0))),
  })
  .check(
    z.refine((r) => r.pages !== undefined || r.sheets !== undefined, {
      message: "pages or sheets",
      params: {
        nrs: {
          code: "NRS_REQUIRED",
          fr: "Indiquez les pages imprimées ou les feuilles achetées.",
          en: "Give the pages printed or the sheets bought.",
        },
      },
    }),
  );

/**
 * A line of `impressions.csv`.
 *
 * @example
 * ```ts
 * import type { PrintingRecord } from "@nrs/indicators";
 * const p: PrintingRecord = { entity: "epci", format: "A4", colour: false, pages: 240000, duplex: true };
 * console.log(p.pages);
 * ```
 */
export interface PrintingRecord {
  /** `epci` or an INSEE code; absent means the EPCI. */
  readonly entity?: string;
  /** Paper format. */
  readonly format: "A4" | "A3";
  /** Colour printing. */
  readonly colour: boolean;
  /** Printed on both sides. */
  readonly duplex?: boolean;
  /** Pages printed in the year. */
  readonly pages?: number;
  /** Sheets bought (or used) in the year. */
  readonly sheets?: number;
  /** CSV line (absent for JSON input). */
  readonly line?: number;
}

/** The columns the parser reads; also described publicly by `RECORDS_CSV_COLUMNS`. @internal */
export const COLUMNS: readonly ColumnSpec[] = [
  ENTITY_COLUMN,
  { key: "format", names: ["format"], kind: wordChoice(FORMAT_WORDS) },
  { key: "colour", names: ["couleur", "colour", "color"], kind: "boolean" },
  { key: "duplex", names: ["recto_verso", "duplex"], kind: "boolean" },
  { key: "pages", names: ["pages", "pages_imprimees", "pages_printed"], kind: "integer" },
  { key: "sheets", names: ["feuilles", "feuilles_achetees", "sheets", "sheets_bought"], kind: "integer" },
];

/**
 * Reads `impressions.csv`: `entite`, `format` (A4/A3), `couleur` (oui/non), `recto_verso` (oui/non),
 * `pages` (pages printed), `feuilles` (sheets bought); English aliases `entity`, `format`, `colour`,
 * `duplex`, `pages`, `sheets`.
 *
 * @example
 * ```ts
 * import { parsePrintingCsv } from "@nrs/indicators";
 * const r = await parsePrintingCsv("entite;format;couleur;pages;feuilles\nepci;A4;non;120000;60000\nepci;A5;oui;10;\n");
 * console.log(r.records.length, r.problems[0]?.code); // 1 NRS_INVALID_VALUE
 * ```
 */
export async function parsePrintingCsv(input: CsvInput, options: RecordsCsvOptions = {}): Promise<RecordsParseResult<PrintingRecord>> {
  return readRecordsCsv<PrintingRecord>(input, COLUMNS, PrintingSchema, options);
}
