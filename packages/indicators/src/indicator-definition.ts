import type { Message } from "@nrs/core";
import type { AxeCode, Perimetre } from "@nrs/model";

/**
 * Which way is better: `HAUSSE` (up) or `BAISSE` (down), as in `@nrs/model`'s `Indicateur.sens`.
 *
 * @example
 * ```ts
 * import type { Direction } from "@nrs/indicators";
 * const better: Direction = "BAISSE";
 * console.log(better);
 * ```
 */
export type Direction = "HAUSSE" | "BAISSE";

/**
 * How values of several entities combine into one (an EPCI from its communes):
 * - `sum`: additive (counts, kgCO2e, kg);
 * - `ratio`: a ratio of sums, recomputed from the pooled numerators and denominators, never averaged;
 * - `weightedMean`: a mean weighted by its denominator (pages, services, kWh), which is also a ratio of
 *   sums (Σ weight × value / Σ weight);
 * - `none`: does not combine (yes/no answers, qualitative levels).
 *
 * @example
 * ```ts
 * import { catalogue, type Aggregation } from "@nrs/indicators";
 * const ratios: Aggregation = "ratio";
 * console.log(catalogue.filter((d) => d.aggregation === ratios).length > 0); // true
 * ```
 */
export type Aggregation = "sum" | "ratio" | "weightedMean" | "none";

/**
 * Monitoring frequencies of the national schema `impact-service-public-numerique` (and `@nrs/model`).
 *
 * @example
 * ```ts
 * import type { Periodicity } from "@nrs/indicators";
 * const p: Periodicity = "annuelle";
 * console.log(p);
 * ```
 */
export type Periodicity = "quotidienne" | "hebdomadaire" | "mensuelle" | "trimestrielle" | "semestrielle" | "annuelle" | "autre";

/**
 * Where an indicator comes from, with a citation a reader can follow.
 *
 * @example
 * ```ts
 * import { indicatorDefinition, type IndicatorSource } from "@nrs/indicators";
 * const s: IndicatorSource | undefined = indicatorDefinition("taux-reemploi-reforme")?.sources[0];
 * console.log(s?.id); // DECRET-2023-266
 * ```
 */
export interface IndicatorSource {
  /** Short identifier: `MINUMECO-SNR-2023`, `MINUMECO-BP-2023`, `AGEC-58`, `DECRET-2023-266`, `RGESN-2024`, `RGAA-4.1`, `ANCT`, `INR`, `NRS`. */
  readonly id: string;
  /** Human citation, e.g. "MiNumEco / Les Interconnectés, traduction opérationnelle, objectif 1 (2023)". */
  readonly citation: string;
  /** Address of the source. */
  readonly url?: string;
  /** Practice id of the MiNumEco good-practice guide (e.g. `h.4`) when it comes from it. */
  readonly practice?: string;
}

/**
 * One indicator of the catalogue: stable code, labels, unit, direction, periodicity, axis, source,
 * aggregation, and how it is obtained (`computed` from the project data, or `collected` by hand).
 *
 * @example
 * ```ts
 * import { indicatorDefinition } from "@nrs/indicators";
 * const d = indicatorDefinition("taux-reemploi-reforme");
 * console.log(d?.unit, d?.direction, d?.aggregation, d?.computation); // % HAUSSE ratio computed
 * ```
 */
export interface IndicatorDefinition<C extends string = string> {
  /** Stable kebab-case code (never reused for another meaning). */
  readonly code: C;
  /** Name in French and English. */
  readonly label: Message;
  /** Unit of the values (`%`, `kgCO2e/agent`, `années`, `score /100`…). */
  readonly unit: string;
  /** Which way is better. */
  readonly direction: Direction;
  /** How often it is measured (all `annuelle` in this catalogue). */
  readonly periodicity: Periodicity;
  /** The decree objective (axis) it follows, as `@nrs/model`'s `AxeCode`. */
  readonly axis: AxeCode;
  /** Where it comes from (official guide, law, practice), most specific first. */
  readonly sources: readonly IndicatorSource[];
  /** How values of several entities combine (see {@link rollUp}). */
  readonly aggregation: Aggregation;
  /** `computed` by {@link computeIndicators}, or `collected` (entered by hand in the bilan). */
  readonly computation: "computed" | "collected";
  /** The formula or collection rule, in words. */
  readonly method: Message;
  /** `PERIODE` for a flow over the year, `STOCK` for a state on 31 December (open-data `est_periode`). */
  readonly nature: "PERIODE" | "STOCK";
  /** For ratios: value = numerator / denominator × multiplier (100 for a percentage). */
  readonly multiplier?: number;
  /** What the keys of a value's `breakdown` are, when it has one. */
  readonly breakdownBy?: Message;
  /** What the indicator measures: the authority's own services (`ADMINISTRATION`, when absent) or its `TERRITOIRE`. */
  readonly perimetre?: Perimetre;
}
