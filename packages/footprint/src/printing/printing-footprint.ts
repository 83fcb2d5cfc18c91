import { Decimal } from "decimal.js";
import * as z from "zod/mini";
import { Exact, msg, NrsError, out, safeParse, zNonNegativeDecimal, type DecimalInput } from "@nrs/core";
import type { FactorPack } from "../packs/factor-pack.js";
import { listFactors, traceFactor } from "../packs/factor-query.js";
import type { FootprintResult } from "../footprint-result.js";
import { CRITERIA, CRITERION_UNITS, type Criterion } from "../impact/criteria.js";
import { impactTable, type ImpactEntry } from "../impact.js";
import type { TracedFactor, TracedValue } from "../trace.js";
import { convertQuantity, isUnit } from "../units.js";

/**
 * The pack item of a ream of A4 80 g/m² paper (500 sheets), the unit the paper factor is given for.
 *
 * @example
 * ```ts
 * import { defaultFactorPack, lookupFactor, REAM_ITEM } from "@nrs/footprint";
 * console.log(lookupFactor(defaultFactorPack, { item: REAM_ITEM, criterion: "gwp", stage: "manufacturing" }).value.toString()); // "2.29"
 * ```
 */
export const REAM_ITEM = "ramette_a4_80g";

/**
 * Sheets in a ream (the trade unit of office paper).
 *
 * @example
 * ```ts
 * import { SHEETS_PER_REAM } from "@nrs/footprint";
 * console.log(SHEETS_PER_REAM); // 500
 * ```
 */
export const SHEETS_PER_REAM = 500;

/**
 * Printing or paper of one kind over the year: pages printed, or sheets bought (both may be given:
 * paper is then counted from the sheets, and the pages are kept for the indicators). ISO 216: an A3
 * sheet is two A4 sheets of paper.
 *
 * @example
 * ```ts
 * import type { PrintingLine } from "@nrs/footprint";
 * const line: PrintingLine = { pages: 120000, format: "A4", colour: false, duplex: true };
 * console.log(line.format); // "A4"
 * ```
 */
export interface PrintingLine {
  /** Pages printed (one side of a sheet is a page). */
  readonly pages?: DecimalInput;
  /** Sheets bought or used. */
  readonly sheets?: DecimalInput;
  /** `A4` (default) or `A3`. */
  readonly format?: "A4" | "A3";
  /** Colour printing; kept for the indicators (no consumable factor is shipped). */
  readonly colour?: boolean;
  /** Pages printed on both sides (two pages per sheet); one side when absent. */
  readonly duplex?: boolean;
  /** Free label kept in the trace (an entity, a service). */
  readonly label?: string;
}

/**
 * What {@link computePrintingFootprint} gives: the paper's impact, the A4-equivalent sheets and pages.
 *
 * @example
 * ```ts
 * import { computePrintingFootprint, defaultFactorPack, type PrintingFootprintResult } from "@nrs/footprint";
 * const r: PrintingFootprintResult = computePrintingFootprint({ pack: defaultFactorPack, lines: [{ sheets: 500 }] });
 * console.log(r.a4Sheets.toString(), r.impacts.gwp?.manufacturing?.value.toString()); // "500" "2.29"
 * ```
 */
export interface PrintingFootprintResult extends FootprintResult {
  /** Paper counted, in A4 sheets. */
  readonly a4Sheets: Decimal;
  /** Pages printed, where given. */
  readonly pages: Decimal;
}

const InputSchema = z.strictObject({
  lines: z.array(
    z.strictObject({
      pages: z.optional(zNonNegativeDecimal),
      sheets: z.optional(zNonNegativeDecimal),
      format: z.optional(z.enum(["A4", "A3"])),
      colour: z.optional(z.boolean()),
      duplex: z.optional(z.boolean()),
      label: z.optional(z.string()),
    }),
  ),
  pack: z.custom<FactorPack>((p) => typeof p === "object" && p !== null && Array.isArray((p as FactorPack).rows)),
});

/**
 * The footprint of the paper a year of printing uses: A4-equivalent sheets ÷ 500 × the pack's factor per
 * ream (`ramette_a4_80g`: 2.29 kgCO2e in the default pack, DINUM quoting ADEME, excluding use and end
 * of life: unconfirmed). Sheets come from `sheets` when given, else from `pages` (÷ 2 when `duplex`);
 * an A3 sheet counts twice. The printers themselves are devices of the inventory; toner and ink have no
 * public factor and are not counted (say so in a report). Exact decimals; a missing factor is an error.
 *
 * @example
 * ```ts
 * import { computePrintingFootprint, defaultFactorPack } from "@nrs/footprint";
 * const r = computePrintingFootprint({ pack: defaultFactorPack, lines: [{ pages: 1000, duplex: true }, { sheets: 250, format: "A3" }] });
 * console.log(r.a4Sheets.toString(), r.impacts.gwp?.manufacturing?.value.toString()); // "1000" "4.58"
 * ```
 */
export function computePrintingFootprint(input: {
  readonly lines: readonly PrintingLine[];
  readonly pack: FactorPack;
}): PrintingFootprintResult {
  const parsed = safeParse(InputSchema, input);
  if (!parsed.ok) throw new NrsError(parsed.errors);
  const { lines, pack } = parsed.value;
  let sheets = new Exact(0);
  let pages = new Exact(0);
  const values: TracedValue[] = [];
  lines.forEach((line, i) => {
    const subject = line.label ?? `lines.${i}`;
    const size = line.format === "A3" ? 2 : 1;
    if (line.pages !== undefined) pages = pages.plus(line.pages);
    if (line.sheets !== undefined) {
      sheets = sheets.plus(new Exact(line.sheets).times(size));
      values.push({ name: `lines.${i}.sheets`, value: line.sheets.toFixed(), unit: line.format ?? "A4", origin: "input", subject });
    } else if (line.pages !== undefined) {
      const perSheet = line.duplex === true ? 2 : 1;
      sheets = sheets.plus(new Exact(line.pages).times(size).div(perSheet));
      values.push({ name: `lines.${i}.pages`, value: line.pages.toFixed(), unit: line.format ?? "A4", origin: "input", subject });
      if (line.duplex === undefined) {
        values.push({
          name: `lines.${i}.duplex`,
          value: "false",
          origin: "default",
          subject,
          reason: msg("Sans indication, une page par feuille (recto seul).", "When not said, one page per sheet (one side)."),
        });
      }
    }
  });
  const entries: ImpactEntry[] = [];
  const factors: TracedFactor[] = [];
  for (const row of listFactors(pack, { item: REAM_ITEM })) {
    const criterion = row.criterion as Criterion;
    const [impactUnit, per] = row.unit.split("/");
    if (
      !(CRITERIA as readonly string[]).includes(criterion) ||
      row.stage === undefined ||
      per !== "unit" ||
      impactUnit === undefined ||
      !isUnit(impactUnit)
    )
      continue;
    const perSheet = (x: Decimal) => convertQuantity({ value: x, unit: impactUnit }, CRITERION_UNITS[criterion]).value;
    const scale = (x: Decimal) => out(sheets.times(perSheet(x)).div(SHEETS_PER_REAM), true);
    const v = scale(row.value);
    entries.push({
      criterion,
      stage: row.stage,
      value: v,
      min: row.min === undefined ? v : scale(row.min),
      max: row.max === undefined ? v : scale(row.max),
    });
    factors.push(traceFactor(row));
  }
  if (factors.length === 0) {
    throw new NrsError([
      {
        code: "NRS_FACTOR_NOT_FOUND",
        severity: "error",
        path: ["pack"],
        message: {
          fr: `Le jeu de facteurs ${pack.id}@${pack.version} n'a aucun facteur pour le papier (élément ${REAM_ITEM}, par ramette de ${SHEETS_PER_REAM} feuilles A4).`,
          en: `Factor pack ${pack.id}@${pack.version} has no factor for paper (item ${REAM_ITEM}, per ream of ${SHEETS_PER_REAM} A4 sheets).`,
        },
      },
    ]);
  }
  return { impacts: impactTable(entries), trace: { factors, values, notes: [] }, a4Sheets: out(sheets, true), pages: out(pages) };
}
