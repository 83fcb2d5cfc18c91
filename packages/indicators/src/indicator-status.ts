import { ex, toDecimal, type DecimalInput } from "@nrs/core";
import type { Direction } from "./indicator-definition.js";
import { checkedMilestones, plannedValue, type Milestones } from "./trajectory.js";

/**
 * Where a value stands against its targets (same codes as `@nrs/report`'s `TrajectoryStatus`):
 * `ATTEINT` the target in force is reached; `SUR_TRAJECTOIRE` at or ahead of the planned path (within
 * the tolerance); `EN_RETARD` behind it; `SANS_CIBLE` no target; `SANS_DONNEES` no value.
 *
 * @example
 * ```ts
 * import { indicatorStatus, type TrajectoryStatus } from "@nrs/indicators";
 * const s: TrajectoryStatus = indicatorStatus(40, 2025, { baseline: { year: 2023, value: 22 }, targets: [{ year: 2025, value: 50 }] }, "HAUSSE");
 * console.log(s); // EN_RETARD
 * ```
 */
export type TrajectoryStatus = "ATTEINT" | "SUR_TRAJECTOIRE" | "EN_RETARD" | "SANS_CIBLE" | "SANS_DONNEES";

/**
 * Options of {@link indicatorStatus}.
 *
 * @example
 * ```ts
 * import { indicatorStatus, type StatusOptions } from "@nrs/indicators";
 * const o: StatusOptions = { tolerance: "0.5" };
 * console.log(indicatorStatus(40, 2025, { baseline: { year: 2023, value: 22 }, targets: [{ year: 2025, value: 50 }] }, "HAUSSE", o)); // SUR_TRAJECTOIRE
 * ```
 */
export interface StatusOptions {
  /**
   * Share of the planned progress (baseline → planned value of the year) a value may lag behind and
   * still be on track. Default 0.1: a value that made at least 90 % of the planned progress is
   * `SUR_TRAJECTOIRE`. 0 means "at or ahead of the path".
   */
  readonly tolerance?: DecimalInput;
}

/**
 * The default tolerance of {@link indicatorStatus} (10 % of the planned progress).
 *
 * @example
 * ```ts
 * import { DEFAULT_TOLERANCE } from "@nrs/indicators";
 * console.log(DEFAULT_TOLERANCE); // 0.1
 * ```
 */
export const DEFAULT_TOLERANCE = "0.1";

/**
 * The status of a year's value. The target in force is the first target whose year is the year or
 * later (the last target once all are past): reaching it (≥ for `HAUSSE`, ≤ for `BAISSE`) is
 * `ATTEINT`. Otherwise the value is compared with the planned value of the year on the
 * {@link trajectory}: `SUR_TRAJECTOIRE` when it lags by at most `tolerance` × |planned − baseline|,
 * `EN_RETARD` beyond.
 *
 * @example
 * ```ts
 * import { indicatorStatus } from "@nrs/indicators";
 * const m = { baseline: { year: 2023, value: 10 }, targets: [{ year: 2027, value: 50 }] }; // planned 2025: 30
 * console.log(indicatorStatus(29, 2025, m, "HAUSSE"), indicatorStatus(27, 2025, m, "HAUSSE"), indicatorStatus(55, 2025, m, "HAUSSE"));
 * // SUR_TRAJECTOIRE EN_RETARD ATTEINT
 * console.log(indicatorStatus(undefined, 2025, m, "HAUSSE"), indicatorStatus(5, 2025, undefined, "BAISSE")); // SANS_DONNEES SANS_CIBLE
 * ```
 */
export function indicatorStatus(
  value: DecimalInput | undefined,
  year: number,
  milestones: Milestones | undefined,
  direction: Direction,
  options: StatusOptions = {},
): TrajectoryStatus {
  if (value === undefined) return "SANS_DONNEES";
  if (milestones === undefined || milestones.targets.length === 0) return "SANS_CIBLE";
  const points = checkedMilestones(milestones);
  const v = ex(toDecimal(value, ["value"]));
  const sign = direction === "HAUSSE" ? 1 : -1;
  const targets = points.slice(1);
  const inForce = targets.find((t) => t.year >= year) ?? targets[targets.length - 1];
  if (inForce !== undefined && v.minus(ex(inForce.value)).times(sign).gte(0)) return "ATTEINT";
  const base = ex((points[0] as { value: { toString(): string } }).value.toString());
  const planned = ex(plannedValue(points, year));
  const tol = ex(toDecimal(options.tolerance ?? DEFAULT_TOLERANCE, ["tolerance"]));
  const allowed = planned.minus(base).abs().times(tol);
  return v.minus(planned).times(sign).gte(allowed.negated()) ? "SUR_TRAJECTOIRE" : "EN_RETARD";
}
