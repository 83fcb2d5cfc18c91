import { assertNonNegative, ex, Exact, out, toDecimal, type DecimalInput } from "@nrs/core";
import { ImpactAccumulator, NEGATIVE_IMPACT, type ImpactCell, type ImpactRow, type ImpactTable } from "../impact.js";
import { CRITERIA, CRITERION_UNITS, STAGES, type Criterion, type CriterionUnit, type Stage } from "./criteria.js";

/**
 * Adds impact tables cell by cell, exactly: a cell present in any table is present in the sum; a cell
 * absent from all stays absent. `min` and `max` add up like `value` (the parts' ranges are treated as
 * fully correlated, which is the case when they come from the same factors).
 *
 * @example
 * ```ts
 * import { addImpacts, impactTable } from "@nrs/footprint";
 * const a = impactTable([{ criterion: "gwp", stage: "use", value: "0.1" }]);
 * const b = impactTable([{ criterion: "gwp", stage: "use", value: "0.2" }, { criterion: "adpe", stage: "manufacturing", value: "0.001" }]);
 * const s = addImpacts(a, b);
 * console.log(s.gwp?.use?.value.toString(), s.adpe?.manufacturing?.value.toString()); // "0.3" "0.001"
 * ```
 */
export function addImpacts(...tables: readonly ImpactTable[]): ImpactTable {
  return sumImpacts(tables);
}

/**
 * Sums any number of impact tables exactly (see {@link addImpacts}); the empty sum is the empty table.
 *
 * @example
 * ```ts
 * import { impactTable, sumImpacts } from "@nrs/footprint";
 * const parts = [1, 2, 3].map((v) => impactTable([{ criterion: "gwp", stage: "manufacturing", value: v }]));
 * console.log(sumImpacts(parts).gwp?.manufacturing?.value.toString()); // "6"
 * ```
 */
export function sumImpacts(tables: Iterable<ImpactTable>): ImpactTable {
  const acc = new ImpactAccumulator();
  const one = new Exact(1);
  for (const t of tables) acc.addTable(t, one);
  return acc.table();
}

/**
 * Multiplies every cell (value, min, max) by a non-negative factor, exactly: a quantity of identical
 * items, a share of a year. Throws `NRS_NEGATIVE` for a negative factor.
 *
 * @example
 * ```ts
 * import { impactTable, scaleImpacts } from "@nrs/footprint";
 * const one = impactTable([{ criterion: "gwp", stage: "manufacturing", value: "170" }]);
 * console.log(scaleImpacts(one, 12).gwp?.manufacturing?.value.toString()); // "2040"
 * ```
 */
export function scaleImpacts(table: ImpactTable, factor: DecimalInput): ImpactTable {
  const k = toDecimal(factor, ["factor"]);
  assertNonNegative(k, ["factor"], NEGATIVE_IMPACT);
  const acc = new ImpactAccumulator();
  acc.addTable(table, ex(k));
  return acc.table();
}

/**
 * The difference `baseline − scenario`, cell by cell: the impact a change avoids (negative where the
 * scenario is worse). A cell absent from both is absent; a cell absent from one side counts as zero on
 * that side only if the other side has it. Since both sides are computed from the same factors, the
 * range is the difference taken at the low ends and at the high ends (widened, if need be, to contain
 * the central value).
 *
 * @example
 * ```ts
 * import { impactTable, subtractImpacts } from "@nrs/footprint";
 * const before = impactTable([{ criterion: "gwp", stage: "manufacturing", value: 100, min: 80, max: 120 }]);
 * const after = impactTable([{ criterion: "gwp", stage: "manufacturing", value: 75, min: 60, max: 90 }]);
 * const d = subtractImpacts(before, after).gwp?.manufacturing;
 * console.log(d?.value.toString(), d?.min.toString(), d?.max.toString()); // "25" "20" "30"
 * ```
 */
export function subtractImpacts(baseline: ImpactTable, scenario: ImpactTable): ImpactTable {
  const result: { [C in Criterion]?: { [S in Stage]?: ImpactCell } } = {};
  for (const c of CRITERIA) {
    const a = baseline[c] as ImpactRow | undefined;
    const b = scenario[c] as ImpactRow | undefined;
    if (a === undefined && b === undefined) continue;
    const row: { [S in Stage]?: ImpactCell } = {};
    for (const s of STAGES) {
      const x = a?.[s];
      const y = b?.[s];
      if (x === undefined && y === undefined) continue;
      const zero = new Exact(0);
      const v = (x ? ex(x.value) : zero).minus(y ? ex(y.value) : zero);
      const lo = (x ? ex(x.min) : zero).minus(y ? ex(y.min) : zero);
      const hi = (x ? ex(x.max) : zero).minus(y ? ex(y.max) : zero);
      row[s] = {
        value: out(v),
        min: out(Exact.min(v, lo, hi)),
        max: out(Exact.max(v, lo, hi)),
        unit: CRITERION_UNITS[c],
      };
    }
    result[c] = row;
  }
  return result as ImpactTable;
}

/**
 * The total of one criterion over all its stages (value, min and max each summed exactly), or
 * `undefined` when the table has no figure for that criterion.
 *
 * @example
 * ```ts
 * import { impactTable, totalOfCriterion } from "@nrs/footprint";
 * const t = impactTable([
 *   { criterion: "gwp", stage: "manufacturing", value: "170" },
 *   { criterion: "gwp", stage: "use", value: "1.5" },
 * ]);
 * console.log(totalOfCriterion(t, "gwp")?.value.toString(), totalOfCriterion(t, "water")); // "171.5" undefined
 * ```
 */
export function totalOfCriterion<C extends Criterion>(table: ImpactTable, criterion: C): ImpactCell<CriterionUnit<C>> | undefined {
  const row = table[criterion] as ImpactRow | undefined;
  if (row === undefined) return undefined;
  let found = false;
  let v = new Exact(0);
  let lo = new Exact(0);
  let hi = new Exact(0);
  for (const s of STAGES) {
    const cell = row[s];
    if (cell === undefined) continue;
    found = true;
    v = v.plus(ex(cell.value));
    lo = lo.plus(ex(cell.min));
    hi = hi.plus(ex(cell.max));
  }
  if (!found) return undefined;
  return { value: out(v), min: out(lo), max: out(hi), unit: CRITERION_UNITS[criterion] };
}

/**
 * Keeps only some stages of a table (e.g. the embodied stages), leaving the others absent.
 *
 * @example
 * ```ts
 * import { impactTable, pickStages } from "@nrs/footprint";
 * const t = impactTable([
 *   { criterion: "gwp", stage: "manufacturing", value: 170 },
 *   { criterion: "gwp", stage: "use", value: 2 },
 * ]);
 * console.log(pickStages(t, ["use"]).gwp?.manufacturing); // undefined
 * ```
 */
export function pickStages(table: ImpactTable, stages: readonly Stage[]): ImpactTable {
  const result: { [C in Criterion]?: { [S in Stage]?: ImpactCell } } = {};
  for (const c of CRITERIA) {
    const row = table[c] as ImpactRow | undefined;
    if (row === undefined) continue;
    const picked: { [S in Stage]?: ImpactCell } = {};
    let any = false;
    for (const s of stages) {
      const cell = row[s];
      if (cell !== undefined) {
        picked[s] = cell;
        any = true;
      }
    }
    if (any) result[c] = picked;
  }
  return result as ImpactTable;
}

/**
 * Lists the cells of a table in a stable order (criteria as in {@link CRITERIA}, stages as in
 * {@link STAGES}), for reports and CSV exports.
 *
 * @example
 * ```ts
 * import { impactCells, impactTable } from "@nrs/footprint";
 * const t = impactTable([{ criterion: "gwp", stage: "use", value: 2 }, { criterion: "gwp", stage: "manufacturing", value: 9 }]);
 * console.log(impactCells(t).map((c) => c.stage).join(",")); // "manufacturing,use"
 * ```
 */
export function impactCells(table: ImpactTable): { readonly criterion: Criterion; readonly stage: Stage; readonly cell: ImpactCell }[] {
  const cells: { criterion: Criterion; stage: Stage; cell: ImpactCell }[] = [];
  for (const c of CRITERIA) {
    const row = table[c] as ImpactRow | undefined;
    if (row === undefined) continue;
    for (const s of STAGES) {
      const cell = row[s];
      if (cell !== undefined) cells.push({ criterion: c, stage: s, cell });
    }
  }
  return cells;
}

/**
 * The empty impact table (no figure at all), the neutral element of {@link addImpacts}.
 *
 * @example
 * ```ts
 * import { EMPTY_IMPACTS, totalOfCriterion } from "@nrs/footprint";
 * console.log(totalOfCriterion(EMPTY_IMPACTS, "gwp")); // undefined
 * ```
 */
export const EMPTY_IMPACTS: ImpactTable = Object.freeze({});
