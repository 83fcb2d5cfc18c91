import type { Decimal } from "decimal.js";
import {
  assertNonNegative,
  ex,
  Exact,
  NrsError,
  out,
  toDecimal,
  type DecimalInput,
  type ExactValue,
  type Message,
  type ProblemPath,
} from "@nrs/core";
import { CRITERIA, CRITERION_UNITS, STAGES, type Criterion, type CriterionUnit, type Stage } from "./impact/criteria.js";
import type { Unit } from "./units.js";

/**
 * One cell of an impact table: the central value and its range, in the criterion's unit. When the
 * source gives no range, `min` and `max` equal `value` (the trace says which factors had ranges).
 * Invariant: `min ≤ value ≤ max`. Cells of footprints are never negative; only the tables of avoided
 * impacts ({@link subtractImpacts}) may be.
 *
 * @example
 * ```ts
 * import { impactCell, type ImpactCell } from "@nrs/footprint";
 * const c: ImpactCell<"kgCO2e"> = impactCell("kgCO2e", "10", "8", "12");
 * console.log(c.min.toString(), c.value.toString(), c.max.toString()); // "8" "10" "12"
 * ```
 */
export interface ImpactCell<U extends Unit = Unit> {
  readonly value: Decimal;
  readonly min: Decimal;
  readonly max: Decimal;
  readonly unit: U;
}

/** The cells of one criterion, by stage; a stage with no figure is absent (never a zero). */
export type ImpactRow<C extends Criterion = Criterion> = { readonly [S in Stage]?: ImpactCell<CriterionUnit<C>> };

/**
 * An impact result: a table criterion × lifecycle stage of {@link ImpactCell}s. A criterion or stage the
 * factor pack has no figure for is absent, never zero. Plain data: `toJson` writes it with decimal strings.
 *
 * @example
 * ```ts
 * import { impactTable, type ImpactTable } from "@nrs/footprint";
 * const t: ImpactTable = impactTable([{ criterion: "gwp", stage: "manufacturing", value: "170" }]);
 * console.log(t.gwp?.manufacturing?.value.toString(), t.water); // "170" undefined
 * ```
 */
export type ImpactTable = { readonly [C in Criterion]?: ImpactRow<C> };

/** One entry given to {@link impactTable}: where the cell goes and its value, with an optional range. */
export interface ImpactEntry {
  readonly criterion: Criterion;
  readonly stage: Stage;
  readonly value: DecimalInput;
  readonly min?: DecimalInput;
  readonly max?: DecimalInput;
}

function badRange(path: ProblemPath, what: string): NrsError {
  return new NrsError([
    {
      code: "NRS_BAD_RANGE",
      severity: "error",
      path,
      message: {
        fr: `Intervalle incohérent (${what}) : il faut min ≤ valeur ≤ max.`,
        en: `Inconsistent range (${what}): min ≤ value ≤ max is required.`,
      },
    },
  ]);
}

/** The message of `NRS_NEGATIVE` for an impact below zero (@nrs/core's `assertNonNegative`). @internal */
export const NEGATIVE_IMPACT: Message = { fr: "Un impact ne peut pas être négatif.", en: "An impact cannot be negative." };

/**
 * Builds a checked {@link ImpactCell}: finite, not negative, `min ≤ value ≤ max` (`min` and `max` default
 * to `value`). Throws an `NrsError` (`NRS_NOT_A_NUMBER`, `NRS_NEGATIVE`, `NRS_BAD_RANGE`) otherwise.
 *
 * @example
 * ```ts
 * import { impactCell } from "@nrs/footprint";
 * console.log(impactCell("kWh", 29).max.toString()); // "29"
 * ```
 */
export function impactCell<U extends Unit>(
  unit: U,
  value: DecimalInput,
  min?: DecimalInput,
  max?: DecimalInput,
  path: ProblemPath = [],
): ImpactCell<U> {
  const v = toDecimal(value, [...path, "value"]);
  const lo = min === undefined ? v : toDecimal(min, [...path, "min"]);
  const hi = max === undefined ? v : toDecimal(max, [...path, "max"]);
  assertNonNegative(lo, [...path, "min"], NEGATIVE_IMPACT);
  if (lo.gt(v) || v.gt(hi)) throw badRange(path, `${lo.toString()} / ${v.toString()} / ${hi.toString()}`);
  return { value: v, min: lo, max: hi, unit };
}

/**
 * Builds an {@link ImpactTable} from entries; entries that land on the same cell are added.
 *
 * @example
 * ```ts
 * import { impactTable } from "@nrs/footprint";
 * const t = impactTable([
 *   { criterion: "gwp", stage: "use", value: "1.5", min: "1", max: "2" },
 *   { criterion: "gwp", stage: "use", value: "0.5" },
 * ]);
 * console.log(t.gwp?.use?.value.toString(), t.gwp?.use?.max.toString()); // "2" "2.5"
 * ```
 */
export function impactTable(entries: Iterable<ImpactEntry>): ImpactTable {
  const acc = new ImpactAccumulator();
  let i = 0;
  for (const e of entries) {
    const cell = impactCell(CRITERION_UNITS[e.criterion], e.value, e.min, e.max, [i]);
    acc.addCell(e.criterion, e.stage, cell, new Exact(1));
    i++;
  }
  return acc.table();
}

/**
 * Reads one cell, or `undefined` when the table has no figure there.
 *
 * @example
 * ```ts
 * import { getImpactCell, impactTable } from "@nrs/footprint";
 * const t = impactTable([{ criterion: "gwp", stage: "use", value: 3 }]);
 * console.log(getImpactCell(t, "gwp", "use")?.value.toString(), getImpactCell(t, "gwp", "endOfLife")); // "3" undefined
 * ```
 */
export function getImpactCell<C extends Criterion>(
  table: ImpactTable,
  criterion: C,
  stage: Stage,
): ImpactCell<CriterionUnit<C>> | undefined {
  const row = table[criterion] as ImpactRow<C> | undefined;
  return row?.[stage];
}

interface ExactCell {
  value: ExactValue;
  min: ExactValue;
  max: ExactValue;
}

/**
 * Exact running sum of impact tables (at 120 significant digits, so additions and products of the
 * calculators' inputs never round). Internal: the public functions below wrap it.
 */
export class ImpactAccumulator {
  private readonly cells = new Map<Criterion, Map<Stage, ExactCell>>();

  addCell(criterion: Criterion, stage: Stage, cell: ImpactCell, k: ExactValue): void {
    let row = this.cells.get(criterion);
    if (row === undefined) {
      row = new Map();
      this.cells.set(criterion, row);
    }
    const v = ex(cell.value).times(k);
    const lo = ex(cell.min).times(k);
    const hi = ex(cell.max).times(k);
    const prev = row.get(stage);
    if (prev === undefined) row.set(stage, { value: v, min: lo, max: hi });
    else row.set(stage, { value: prev.value.plus(v), min: prev.min.plus(lo), max: prev.max.plus(hi) });
  }

  addTable(table: ImpactTable, k: ExactValue): void {
    for (const c of CRITERIA) {
      const row = table[c] as ImpactRow | undefined;
      if (row === undefined) continue;
      for (const s of STAGES) {
        const cell = row[s];
        if (cell !== undefined) this.addCell(c, s, cell, k);
      }
    }
  }

  table(): ImpactTable {
    const result: { [C in Criterion]?: { [S in Stage]?: ImpactCell } } = {};
    for (const c of CRITERIA) {
      const row = this.cells.get(c);
      if (row === undefined) continue;
      const outRow: { [S in Stage]?: ImpactCell } = {};
      for (const s of STAGES) {
        const cell = row.get(s);
        if (cell !== undefined) outRow[s] = { value: out(cell.value), min: out(cell.min), max: out(cell.max), unit: CRITERION_UNITS[c] };
      }
      result[c] = outRow;
    }
    return result as ImpactTable;
  }
}
