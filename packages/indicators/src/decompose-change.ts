import type { Decimal } from "decimal.js";
import { assertNonNegative, definedProps, ex, out, toDecimal, type DecimalInput } from "@nrs/core";
import type { ImpactCellLike } from "./indicator-data.js";

/**
 * Inputs of {@link decomposeChange}: the footprint (or any quantity × factor total) in both years.
 *
 * @example
 * ```ts
 * import { decomposeChange, type ChangeInput } from "@nrs/indicators";
 * const input: ChangeInput = { previous: 100, previousRestated: 90, current: 95 };
 * console.log(decomposeChange(input).method); // restatement
 * ```
 */
export interface ChangeInput {
  /** Earlier year, computed with its own (old) factor pack. */
  readonly previous: DecimalInput;
  /** Earlier year's activity restated under the new factor pack. */
  readonly previousRestated: DecimalInput;
  /** Later year, computed with the new factor pack. */
  readonly current: DecimalInput;
  /** Later year's activity under the old factor pack: when given, the symmetric (Shapley) split is used. */
  readonly currentUnderPreviousFactors?: DecimalInput;
}

/**
 * The change split into an activity effect and a factor effect, which add up to it exactly.
 *
 * @example
 * ```ts
 * import { decomposeChange, type ChangeDecomposition } from "@nrs/indicators";
 * const d: ChangeDecomposition = decomposeChange({ previous: 100, previousRestated: 100, current: 80 });
 * console.log(d.activityEffect.toString(), d.factorEffect.toString()); // -20 0
 * ```
 */
export interface ChangeDecomposition {
  /** Earlier year under its own pack. */
  readonly previous: Decimal;
  /** Earlier year restated under the new pack. */
  readonly previousRestated: Decimal;
  /** Later year under the new pack. */
  readonly current: Decimal;
  /** current − previous. */
  readonly change: Decimal;
  /** What changed because the activity (devices, kWh, GB...) changed. */
  readonly activityEffect: Decimal;
  /** What changed because the factors changed (new pack values). */
  readonly factorEffect: Decimal;
  /** `restatement` (sequential) or `shapley` (symmetric). */
  readonly method: "restatement" | "shapley";
}

/**
 * Splits the change of a footprint between two years computed with different factor packs into an
 * activity effect and a factor effect whose sum is exactly the change (exact decimal arithmetic):
 *
 * - `restatement` (default): the earlier year is restated under the new pack; factor effect =
 *   restated − previous (old activity, factors changed), activity effect = current − restated (new
 *   factors, activity changed). This is what a bilan shows: last year "at this year's factors".
 * - `shapley` (when `currentUnderPreviousFactors` is given): each effect is the mean of its two
 *   orders, factor = ½[(restated − previous) + (current − currentUnderPrevious)], activity =
 *   ½[(currentUnderPrevious − previous) + (current − restated)]; the result does not depend on the order.
 *
 * With no change of pack, restated = previous and the whole change is activity.
 *
 * @example
 * ```ts
 * import { decomposeChange } from "@nrs/indicators";
 * const d = decomposeChange({ previous: 1000, previousRestated: 900, current: 950 });
 * console.log(d.change.toString(), d.factorEffect.toString(), d.activityEffect.toString()); // -50 -100 50
 * const s = decomposeChange({ previous: 1000, previousRestated: 900, current: 950, currentUnderPreviousFactors: 1060 });
 * console.log(s.factorEffect.toString(), s.activityEffect.toString()); // -105 55
 * ```
 */
export function decomposeChange(input: ChangeInput): ChangeDecomposition {
  const p = ex(toDecimal(input.previous, ["previous"]));
  const r = ex(toDecimal(input.previousRestated, ["previousRestated"]));
  const c = ex(toDecimal(input.current, ["current"]));
  for (const [k, v] of [
    ["previous", p],
    ["previousRestated", r],
    ["current", c],
  ] as const) {
    assertNonNegative(v, [k], { fr: `${k} est négatif.`, en: `${k} is negative.` });
  }
  const change = c.minus(p);
  let factor, activity, method: "restatement" | "shapley";
  if (input.currentUnderPreviousFactors === undefined) {
    factor = r.minus(p);
    activity = c.minus(r);
    method = "restatement";
  } else {
    const u = ex(toDecimal(input.currentUnderPreviousFactors, ["currentUnderPreviousFactors"]));
    factor = r.minus(p).plus(c.minus(u)).dividedBy(2);
    activity = u.minus(p).plus(c.minus(r)).dividedBy(2);
    method = "shapley";
  }
  return {
    previous: out(p),
    previousRestated: out(r),
    current: out(c),
    change: out(change),
    activityEffect: out(activity),
    factorEffect: out(factor),
    method,
  };
}

/**
 * An impact table shaped like `@nrs/footprint`'s `ImpactTable` (criterion → stage → cell).
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import type { ImpactTableLike } from "@nrs/indicators";
 * const t: ImpactTableLike = { gwp: { use: { value: new Decimal(3), unit: "kgCO2e" } } };
 * console.log(t.gwp?.use?.value.toString()); // 3
 * ```
 */
export type ImpactTableLike = Readonly<Record<string, Readonly<Partial<Record<string, ImpactCellLike | undefined>>> | undefined>>;

/**
 * The change of one criterion of a footprint, split into activity and factor effects.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { decomposeFootprintChange, type FootprintChange } from "@nrs/indicators";
 * const t = (v: number) => ({ gwp: { use: { value: new Decimal(v), unit: "kgCO2e" } } });
 * const c: FootprintChange | undefined = decomposeFootprintChange({ previous: { year: 2024, impacts: t(10) }, previousRestated: { impacts: t(12) }, current: { year: 2025, impacts: t(11) } }).changes[0];
 * console.log(c?.criterion, c?.unit, c?.factorEffect.toString(), c?.activityEffect.toString()); // gwp kgCO2e 2 -1
 * ```
 */
export interface FootprintChange extends ChangeDecomposition {
  /** Impact criterion (`gwp`, `adpe`, `water`…). */
  readonly criterion: string;
  /** Unit of the cells. */
  readonly unit?: string;
  /** Earlier year. */
  readonly previousYear: number;
  /** Later year. */
  readonly currentYear: number;
}

/**
 * A footprint for a year.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import type { YearImpacts } from "@nrs/indicators";
 * const y: YearImpacts = { year: 2024, impacts: { gwp: { use: { value: new Decimal(1) } } } };
 * console.log(y.year);
 * ```
 */
export interface YearImpacts extends Impacts {
  /** Calendar year. */
  readonly year: number;
}

/**
 * A footprint impact table.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import type { Impacts } from "@nrs/indicators";
 * const i: Impacts = { impacts: { gwp: { manufacturing: { value: new Decimal(5) } } } };
 * console.log(Object.keys(i.impacts)); // [ "gwp" ]
 * ```
 */
export interface Impacts {
  /** The table (criterion → stage → cell). */
  readonly impacts: ImpactTableLike;
}

/**
 * What {@link decomposeFootprintChange} returns.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { decomposeFootprintChange, type FootprintChangeResult } from "@nrs/indicators";
 * const t = { gwp: { use: { value: new Decimal(1) } }, water: undefined };
 * const r: FootprintChangeResult = decomposeFootprintChange({ previous: { year: 2024, impacts: t }, previousRestated: { impacts: t }, current: { year: 2025, impacts: t } });
 * console.log(r.changes.length, r.skipped); // 1 [ "water" ]
 * ```
 */
export interface FootprintChangeResult {
  /** One decomposition per criterion present in every table with the same stages. */
  readonly changes: readonly FootprintChange[];
  /** Criteria left out (absent from a table, or with different stages). */
  readonly skipped: readonly string[];
}

/**
 * Inputs of {@link decomposeFootprintChange}.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import type { FootprintChangeInput } from "@nrs/indicators";
 * const t = { gwp: { use: { value: new Decimal(1) } } };
 * const input: FootprintChangeInput = { previous: { year: 2024, impacts: t }, previousRestated: { impacts: t }, current: { year: 2025, impacts: t } };
 * console.log(input.current.year);
 * ```
 */
export interface FootprintChangeInput {
  /** Earlier year, computed with its own factor pack. */
  readonly previous: YearImpacts;
  /** The earlier year's inventory computed again with the later year's factor pack. */
  readonly previousRestated: Impacts;
  /** Later year, computed with the new factor pack. */
  readonly current: YearImpacts;
  /** The later year's inventory under the earlier pack (for the Shapley split). */
  readonly currentUnderPreviousFactors?: Impacts;
}

/**
 * {@link decomposeChange} for every criterion of two footprints (totals over the lifecycle stages).
 * A criterion is decomposed only when every table has it with the same stages (a missing cell is
 * absent, never zero); the others are listed in `skipped`.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { decomposeFootprintChange } from "@nrs/indicators";
 * const t = (use: number, manufacturing: number) => ({ gwp: { use: { value: new Decimal(use), unit: "kgCO2e" }, manufacturing: { value: new Decimal(manufacturing), unit: "kgCO2e" } } });
 * const r = decomposeFootprintChange({ previous: { year: 2024, impacts: t(100, 900) }, previousRestated: { impacts: t(80, 850) }, current: { year: 2025, impacts: t(90, 800) } });
 * const g = r.changes[0];
 * console.log(g?.criterion, g?.change.toString(), g?.factorEffect.toString(), g?.activityEffect.toString()); // gwp -110 -70 -40
 * ```
 */
export function decomposeFootprintChange(input: FootprintChangeInput): FootprintChangeResult {
  const tables = [
    input.previous.impacts,
    input.previousRestated.impacts,
    input.current.impacts,
    ...(input.currentUnderPreviousFactors === undefined ? [] : [input.currentUnderPreviousFactors.impacts]),
  ];
  const criteria = [...new Set(tables.flatMap((t) => Object.keys(t)))].sort();
  const changes: FootprintChange[] = [];
  const skipped: string[] = [];
  for (const criterion of criteria) {
    const rows = tables.map((t) => t[criterion]);
    const stageSets = rows.map((r) =>
      r === undefined
        ? undefined
        : Object.entries(r)
            .filter(([, c]) => c !== undefined)
            .map(([s]) => s)
            .sort()
            .join(","),
    );
    if (stageSets.some((s) => s === undefined || s === "" || s !== stageSets[0])) {
      skipped.push(criterion);
      continue;
    }
    const totals = rows.map((r) => Object.values(r ?? {}).reduce((s, c) => (c === undefined ? s : s.plus(ex(c.value))), ex(0)));
    const unit = Object.values(rows[0] ?? {}).find((c) => c?.unit !== undefined)?.unit;
    const d = decomposeChange({
      previous: out(totals[0] ?? ex(0)),
      previousRestated: out(totals[1] ?? ex(0)),
      current: out(totals[2] ?? ex(0)),
      ...definedProps({ currentUnderPreviousFactors: totals[3] && out(totals[3]) }),
    });
    changes.push({ ...d, criterion, ...definedProps({ unit }), previousYear: input.previous.year, currentYear: input.current.year });
  }
  return { changes, skipped };
}
