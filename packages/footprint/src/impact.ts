import { Decimal } from "decimal.js";
import { ex, Exact, NrsError, out, toDecimal, type DecimalInput, type ExactValue, type Message, type ProblemPath } from "@nrs/core";
import type { Unit } from "./units.js";

/**
 * The impact criteria (indicators) an impact table may hold, in display order.
 *
 * | id | FR | EN | unit |
 * |---|---|---|---|
 * | `gwp` | Changement climatique | Climate change (global warming potential) | `kgCO2e` |
 * | `adpe` | Épuisement des ressources abiotiques (minéraux et métaux) | Abiotic resource depletion (minerals and metals) | `kgSbEq` |
 * | `adpf` | Épuisement des ressources abiotiques (fossiles) | Abiotic resource depletion (fossil) | `MJ` |
 * | `water` | Consommation d'eau | Water use | `m3` |
 * | `pe` | Énergie primaire | Primary energy | `MJ` |
 * | `energy` | Énergie finale consommée (électricité) | Final energy consumed (electricity) | `kWh` |
 *
 * `gwp` is always computed; the others only where the factor pack has figures for them.
 *
 * @example
 * ```ts
 * import { CRITERIA } from "@nrs/footprint";
 * console.log(CRITERIA[0]); // "gwp"
 * ```
 */
export const CRITERIA = ["gwp", "adpe", "adpf", "water", "pe", "energy"] as const;

/** One impact criterion: see {@link CRITERIA}. */
export type Criterion = (typeof CRITERIA)[number];

/**
 * The unit in which each criterion is always expressed in an impact table.
 *
 * @example
 * ```ts
 * import { CRITERION_UNITS } from "@nrs/footprint";
 * console.log(CRITERION_UNITS.gwp); // "kgCO2e"
 * ```
 */
export const CRITERION_UNITS = {
  gwp: "kgCO2e",
  adpe: "kgSbEq",
  adpf: "MJ",
  water: "m3",
  pe: "MJ",
  energy: "kWh",
} as const satisfies Record<Criterion, Unit>;

/** The unit of criterion `C` in an impact table, e.g. `CriterionUnit<"gwp">` is `"kgCO2e"`. */
export type CriterionUnit<C extends Criterion> = (typeof CRITERION_UNITS)[C];

/**
 * French and English names of the criteria, for reports.
 *
 * @example
 * ```ts
 * import { CRITERION_LABELS } from "@nrs/footprint";
 * console.log(CRITERION_LABELS.gwp.fr); // "Changement climatique"
 * ```
 */
export const CRITERION_LABELS: Readonly<Record<Criterion, Message>> = {
  gwp: { fr: "Changement climatique", en: "Climate change" },
  adpe: { fr: "Épuisement des ressources abiotiques (minéraux et métaux)", en: "Abiotic resource depletion (minerals and metals)" },
  adpf: { fr: "Épuisement des ressources abiotiques (fossiles)", en: "Abiotic resource depletion (fossil)" },
  water: { fr: "Consommation d'eau", en: "Water use" },
  pe: { fr: "Énergie primaire", en: "Primary energy" },
  energy: { fr: "Énergie finale consommée", en: "Final energy consumed" },
};

/**
 * The lifecycle stages, in order.
 *
 * | id | FR | EN | what it covers |
 * |---|---|---|---|
 * | `manufacturing` | Fabrication | Manufacturing | extraction of materials, making of components, assembly |
 * | `distribution` | Distribution | Distribution | transport from the factory to the user |
 * | `use` | Utilisation | Use | electricity consumed while in service (and, for per-GB network factors, the network's whole share) |
 * | `endOfLife` | Fin de vie | End of life | collection, treatment, recycling, disposal |
 *
 * `manufacturing`, `distribution` and `endOfLife` together are the *embodied* impact of a device,
 * which the device calculator spreads over its lifetime.
 *
 * @example
 * ```ts
 * import { STAGES } from "@nrs/footprint";
 * console.log(STAGES.join(", ")); // "manufacturing, distribution, use, endOfLife"
 * ```
 */
export const STAGES = ["manufacturing", "distribution", "use", "endOfLife"] as const;

/** One lifecycle stage: see {@link STAGES}. */
export type Stage = (typeof STAGES)[number];

/**
 * French and English names of the lifecycle stages.
 *
 * @example
 * ```ts
 * import { STAGE_LABELS } from "@nrs/footprint";
 * console.log(STAGE_LABELS.endOfLife.fr); // "Fin de vie"
 * ```
 */
export const STAGE_LABELS: Readonly<Record<Stage, Message>> = {
  manufacturing: { fr: "Fabrication", en: "Manufacturing" },
  distribution: { fr: "Distribution", en: "Distribution" },
  use: { fr: "Utilisation", en: "Use" },
  endOfLife: { fr: "Fin de vie", en: "End of life" },
};

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

function negative(path: ProblemPath): NrsError {
  return new NrsError([
    {
      code: "NRS_NEGATIVE",
      severity: "error",
      path,
      message: { fr: "Un impact ne peut pas être négatif.", en: "An impact cannot be negative." },
    },
  ]);
}

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
  if (lo.isNegative() && !lo.isZero()) throw negative([...path, "min"]);
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
  const acc = new Accumulator();
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
export function getImpactCell<C extends Criterion>(table: ImpactTable, criterion: C, stage: Stage): ImpactCell<CriterionUnit<C>> | undefined {
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
class Accumulator {
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
  const acc = new Accumulator();
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
  if (k.isNegative() && !k.isZero()) throw negative(["factor"]);
  const acc = new Accumulator();
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
