import type { Decimal } from "decimal.js";
import { definedProps, toDecimal, type DecimalInput } from "@nrs/core";
import { indicatorDefinition } from "./catalogue.js";
import type { Direction } from "./indicator-definition.js";
import { indicatorStatus, type StatusOptions, type TrajectoryStatus } from "./indicator-status.js";
import type { IndicatorResults } from "./indicator-value.js";
import { trajectory, type Milestones, type YearValue, type YearValueInput } from "./trajectory.js";

/**
 * The parts of a strategy (`@nrs/model`'s `Strategie`) the follow-up reads: targets and indicator directions.
 *
 * @example
 * ```ts
 * import { milestonesFromStrategy, type StrategyTargets } from "@nrs/indicators";
 * const s: StrategyTargets = { objectifs: [{ cibles: [{ indicateur: "pue", anneeReference: 2023, valeurReference: "1.9", anneeCible: 2027, valeurCible: "1.5" }] }], indicateurs: [{ code: "pue", sens: "BAISSE" }] };
 * console.log(milestonesFromStrategy(s, "pue")?.targets[0]?.year); // 2027
 * ```
 */
export interface StrategyTargets {
  /** The strategy's objectives (only their targets are read). */
  readonly objectifs: readonly StrategyObjective[];
  /** The strategy's indicator definitions (only their direction is read). */
  readonly indicateurs?: readonly StrategyIndicator[];
}

/**
 * An objective of a strategy, as far as the follow-up reads it.
 *
 * @example
 * ```ts
 * import type { StrategyObjective } from "@nrs/indicators";
 * const o: StrategyObjective = { cibles: [] };
 * console.log(o.cibles.length); // 0
 * ```
 */
export interface StrategyObjective {
  /** Its targets. */
  readonly cibles: readonly StrategyTarget[];
}

/**
 * A target of an objective (`@nrs/model`'s `Cible`).
 *
 * @example
 * ```ts
 * import type { StrategyTarget } from "@nrs/indicators";
 * const c: StrategyTarget = { indicateur: "ecoindex-moyen", anneeReference: 2023, valeurReference: 48, anneeCible: 2027, valeurCible: 65 };
 * console.log(c.indicateur);
 * ```
 */
export interface StrategyTarget {
  /** Indicator code. */
  readonly indicateur: string;
  /** Baseline year. */
  readonly anneeReference: number;
  /** Baseline value. */
  readonly valeurReference: DecimalInput;
  /** Target year. */
  readonly anneeCible: number;
  /** Target value. */
  readonly valeurCible: DecimalInput;
}

/**
 * An indicator definition of a strategy, as far as the follow-up reads it.
 *
 * @example
 * ```ts
 * import type { StrategyIndicator } from "@nrs/indicators";
 * const i: StrategyIndicator = { code: "empreinte-carbone-par-agent", sens: "BAISSE" };
 * console.log(i.sens);
 * ```
 */
export interface StrategyIndicator {
  /** Indicator code. */
  readonly code: string;
  /** Which way is better. */
  readonly sens: Direction;
}

/**
 * The baseline and targets a strategy sets for an indicator code (all its objectives together), or
 * `undefined` when it sets none. The baseline is the earliest reference; targets of the same year
 * must agree (the first one is kept).
 *
 * @example
 * ```ts
 * import { milestonesFromStrategy } from "@nrs/indicators";
 * const m = milestonesFromStrategy({ objectifs: [{ cibles: [
 *   { indicateur: "part-achats-reemploi", anneeReference: 2023, valeurReference: "6.5", anneeCible: 2025, valeurCible: 20 },
 *   { indicateur: "part-achats-reemploi", anneeReference: 2023, valeurReference: "6.5", anneeCible: 2027, valeurCible: 30 },
 * ] }] }, "part-achats-reemploi");
 * console.log(m?.baseline.year, m?.targets.map((t) => t.year)); // 2023 [ 2025, 2027 ]
 * ```
 */
export function milestonesFromStrategy(strategy: StrategyTargets, code: string): Milestones | undefined {
  const cibles = strategy.objectifs.flatMap((o) => o.cibles).filter((c) => c.indicateur === code);
  if (cibles.length === 0) return undefined;
  const first = [...cibles].sort((a, b) => a.anneeReference - b.anneeReference)[0];
  if (first === undefined) return undefined;
  const byYear = new Map<number, DecimalInput>();
  for (const c of [...cibles].sort((a, b) => a.anneeCible - b.anneeCible))
    if (!byYear.has(c.anneeCible)) byYear.set(c.anneeCible, c.valeurCible);
  return {
    baseline: { year: first.anneeReference, value: first.valeurReference },
    targets: [...byYear].map(([year, value]) => ({ year, value })),
  };
}

/**
 * The yearly series of an indicator from computed results (one entity), sorted by year.
 *
 * @example
 * ```ts
 * import { computeIndicators, indicatorSeries } from "@nrs/indicators";
 * const years = [2024, 2025].map((year) => computeIndicators({ openData: [{ dataset: "x", published: true, schema: "scdl/budget" }] }, { year }));
 * console.log(indicatorSeries(years, "part-donnees-schema").map((p) => `${p.year}:${p.value.toString()}`)); // [ '2024:100', '2025:100' ]
 * ```
 */
export function indicatorSeries(results: readonly IndicatorResults[], code: string, entity?: string): YearValue[] {
  return results
    .flatMap((r) => r.values.filter((v) => v.code === code && (entity === undefined || v.entity === entity)))
    .map((v) => ({ year: v.year, value: v.value }))
    .sort((a, b) => a.year - b.year);
}

/**
 * The status of one year.
 *
 * @example
 * ```ts
 * import type { YearStatus } from "@nrs/indicators";
 * const s: YearStatus = { year: 2025, status: "SUR_TRAJECTOIRE" };
 * console.log(s.status);
 * ```
 */
export interface YearStatus {
  /** Calendar year. */
  readonly year: number;
  /** Where the year's value stands. */
  readonly status: TrajectoryStatus;
}

/**
 * An indicator followed against its targets: series, milestones, trajectory and a status per year.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { followUp, type FollowUp } from "@nrs/indicators";
 * const f: FollowUp = followUp("pue", [{ year: 2025, value: new Decimal("1.6") }]);
 * console.log(f.direction, f.status); // BAISSE SANS_CIBLE
 * ```
 */
export interface FollowUp {
  /** Indicator code. */
  readonly code: string;
  /** Which way is better (strategy, else catalogue). */
  readonly direction: Direction;
  /** Values per year, sorted. */
  readonly series: readonly YearValue[];
  /** Baseline and targets from the strategy, when it sets some. */
  readonly milestones?: Milestones;
  /** One point per year from the baseline (or the first value) to the last target (or the last value). */
  readonly trajectory: readonly YearValue[];
  /** Status of every year of the series (and `SANS_DONNEES` for years of the trajectory without value up to `year`). */
  readonly statuses: readonly YearStatus[];
  /** Status of `year` (or of the last year of the series). */
  readonly status: TrajectoryStatus;
}

/**
 * Options of {@link followUp}.
 *
 * @example
 * ```ts
 * import type { FollowUpOptions } from "@nrs/indicators";
 * const o: FollowUpOptions = { year: 2025, tolerance: "0.05" };
 * console.log(o.tolerance);
 * ```
 */
export interface FollowUpOptions extends StatusOptions {
  /** The year whose status is `status` (default the last year of the series). */
  readonly year?: number;
  /** Direction when neither the strategy nor the catalogue gives it. */
  readonly direction?: Direction;
}

/**
 * Follows one indicator: its series (computed values, or a series given directly — collected values of
 * the bilans), the strategy's baseline and targets, the linear {@link trajectory} between them, and
 * the status of each year ({@link indicatorStatus}, with the documented tolerance).
 *
 * @example
 * ```ts
 * import { followUp } from "@nrs/indicators";
 * const strategy = { objectifs: [{ cibles: [{ indicateur: "taux-reemploi-reforme", anneeReference: 2023, valeurReference: 22, anneeCible: 2025, valeurCible: 50 }] }] };
 * const f = followUp("taux-reemploi-reforme", [{ year: 2024, value: 31 }, { year: 2025, value: "41" }], strategy);
 * console.log(f.trajectory.map((p) => p.value.toString()), f.statuses.map((s) => s.status)); // [ '22', '36', '50' ] [ 'EN_RETARD', 'EN_RETARD' ]
 * ```
 */
export function followUp(
  code: string,
  source: readonly IndicatorResults[] | readonly YearValueInput[],
  strategy?: StrategyTargets,
  options: FollowUpOptions = {},
): FollowUp {
  const series: YearValue[] = isResults(source)
    ? indicatorSeries(source, code)
    : source
        .map((p, i) => ({ year: p.year, value: toDecimal(p.value, ["source", i, "value"]) as Decimal }))
        .sort((a, b) => a.year - b.year);
  const direction =
    strategy?.indicateurs?.find((i) => i.code === code)?.sens ?? indicatorDefinition(code)?.direction ?? options.direction ?? "HAUSSE";
  const milestones = strategy === undefined ? undefined : milestonesFromStrategy(strategy, code);
  const years = series.map((p) => p.year);
  const path =
    milestones === undefined
      ? []
      : trajectory(milestones, {
          from: Math.min(milestones.baseline.year, ...years),
          to: Math.max(...milestones.targets.map((t) => t.year), ...years),
        });
  const last = options.year ?? years[years.length - 1];
  const statusOf = (y: number): TrajectoryStatus =>
    indicatorStatus(series.find((p) => p.year === y)?.value, y, milestones, direction, options);
  const statusYears = new Set(years);
  if (milestones !== undefined && last !== undefined) for (let y = milestones.baseline.year + 1; y <= last; y++) statusYears.add(y);
  const statuses = [...statusYears].sort((a, b) => a - b).map((year) => ({ year, status: statusOf(year) }));
  return {
    code,
    direction,
    series,
    ...definedProps({ milestones }),
    trajectory: path,
    statuses,
    status: last === undefined ? (milestones === undefined ? "SANS_CIBLE" : "SANS_DONNEES") : statusOf(last),
  };
}

function isResults(x: readonly IndicatorResults[] | readonly YearValueInput[]): x is readonly IndicatorResults[] {
  return x.length > 0 && (x[0] as IndicatorResults).values !== undefined;
}
