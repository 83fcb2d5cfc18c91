import type { Decimal } from "decimal.js";
import { ex, NrsError, out, toDecimal, type DecimalInput } from "@nrs/core";

/**
 * A value for a year.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import type { YearValue } from "@nrs/indicators";
 * const p: YearValue = { year: 2025, value: new Decimal("18.8") };
 * console.log(p.value.toString());
 * ```
 */
export interface YearValue {
  /** Calendar year. */
  readonly year: number;
  /** The value. */
  readonly value: Decimal;
}

/**
 * A value for a year as an input: a number, a decimal string or a `Decimal` (a series given to
 * {@link followUp}, a point the report renders).
 *
 * @example
 * ```ts
 * import type { YearValueInput } from "@nrs/indicators";
 * const p: YearValueInput = { year: 2025, value: 18.8 };
 * console.log(p.value); // 18.8
 * ```
 */
export interface YearValueInput {
  /** Calendar year. */
  readonly year: number;
  /** The value (exact decimal input). */
  readonly value: DecimalInput;
}

/**
 * A milestone: a value set for a year.
 *
 * @example
 * ```ts
 * import type { Milestone } from "@nrs/indicators";
 * const m: Milestone = { year: 2027, value: "30" };
 * console.log(m.year);
 * ```
 */
export interface Milestone {
  /** Calendar year. */
  readonly year: number;
  /** The value set for that year. */
  readonly value: DecimalInput;
}

/**
 * A baseline and one or more targets (from a strategy's objectives).
 *
 * @example
 * ```ts
 * import { trajectory, type Milestones } from "@nrs/indicators";
 * const m: Milestones = { baseline: { year: 2023, value: 48 }, targets: [{ year: 2027, value: 65 }] };
 * console.log(trajectory(m).length); // 5
 * ```
 */
export interface Milestones {
  /** The reference year and value. */
  readonly baseline: Milestone;
  /** The targets, each after the baseline, in distinct years. */
  readonly targets: readonly Milestone[];
}

/**
 * Options of {@link trajectory}.
 *
 * @example
 * ```ts
 * import { trajectory, type TrajectoryOptions } from "@nrs/indicators";
 * const o: TrajectoryOptions = { from: 2022, to: 2030 };
 * console.log(trajectory({ baseline: { year: 2023, value: 1 }, targets: [{ year: 2025, value: 3 }] }, o).length); // 9
 * ```
 */
export interface TrajectoryOptions {
  /** First year of the path (default the baseline year); before the baseline the path is the baseline value. */
  readonly from?: number;
  /** Last year (default the last target's year); after the last target the path stays at it. */
  readonly to?: number;
}

/** @internal Sorted, validated milestones. */
export function checkedMilestones(m: Milestones): { year: number; value: Decimal }[] {
  const points = [
    { year: m.baseline.year, value: toDecimal(m.baseline.value, ["baseline", "value"]) },
    ...m.targets.map((t, i) => ({ year: t.year, value: toDecimal(t.value, ["targets", i, "value"]) })),
  ];
  const sorted = [points[0] as { year: number; value: Decimal }, ...points.slice(1).sort((a, b) => a.year - b.year)];
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i] as { year: number; value: Decimal };
    if (!Number.isInteger(p.year)) throw bad(["targets"], `Année non entière : ${p.year}.`, `Year is not a whole number: ${p.year}.`);
    if (i > 0 && p.year <= (sorted[i - 1] as { year: number }).year) {
      throw bad(
        ["targets"],
        `Les cibles doivent être postérieures à la référence et d'années distinctes (${p.year}).`,
        `Targets must come after the baseline, in distinct years (${p.year}).`,
      );
    }
  }
  if (sorted.length < 2) throw bad(["targets"], "Au moins une cible est nécessaire.", "At least one target is needed.");
  return sorted;
}

function bad(path: (string | number)[], fr: string, en: string): NrsError {
  return new NrsError([{ code: "NRS_INVALID_MILESTONES", severity: "error", path, message: { fr, en } }]);
}

/** @internal The planned value for a year on the piecewise-linear path. */
export function plannedValue(points: readonly { year: number; value: Decimal }[], year: number): Decimal {
  const first = points[0] as { year: number; value: Decimal };
  if (year <= first.year) return first.value;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as { year: number; value: Decimal };
    const b = points[i] as { year: number; value: Decimal };
    if (year <= b.year) {
      // a + (b − a) × (year − a.year) / (b.year − a.year); the division may round (at 120 digits, then 34).
      return out(
        ex(a.value).plus(
          ex(b.value)
            .minus(ex(a.value))
            .times(year - a.year)
            .dividedBy(b.year - a.year),
        ),
        true,
      );
    }
  }
  return (points[points.length - 1] as { value: Decimal }).value;
}

/**
 * The planned path from the baseline to the targets, one point per year: linear between the baseline
 * and the first target, then between consecutive targets (piecewise linear), flat before the baseline
 * and after the last target. Throws an `NrsError` (`@nrs/core`) (`NRS_INVALID_MILESTONES`) when a target is
 * not after the baseline or two targets share a year.
 *
 * @example
 * ```ts
 * import { trajectory } from "@nrs/indicators";
 * const path = trajectory({ baseline: { year: 2023, value: "6.5" }, targets: [{ year: 2025, value: 20 }, { year: 2027, value: 30 }] });
 * console.log(path.map((p) => `${p.year}:${p.value.toString()}`).join(" ")); // 2023:6.5 2024:13.25 2025:20 2026:25 2027:30
 * ```
 */
export function trajectory(milestones: Milestones, options: TrajectoryOptions = {}): YearValue[] {
  const points = checkedMilestones(milestones);
  const from = options.from ?? (points[0] as { year: number }).year;
  const to = options.to ?? (points[points.length - 1] as { year: number }).year;
  const result: YearValue[] = [];
  for (let y = from; y <= to; y++) result.push({ year: y, value: plannedValue(points, y) });
  return result;
}
