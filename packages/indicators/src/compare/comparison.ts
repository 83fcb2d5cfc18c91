import type { Decimal } from "decimal.js";
import type { Message, Problem } from "@nrs/core";
import type { TypeCollectivite } from "@nrs/model";
import type { Direction } from "../indicator-definition.js";
import type { CompareSubject } from "./compare-subject.js";
import type { Normaliser } from "./normaliser.js";
import type { Quartiles } from "./quantiles.js";
import type { SizeClass } from "./size-class.js";

/**
 * One collectivité's place among its peers for one indicator.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import type { ComparedValue } from "@nrs/indicators";
 * const v: ComparedValue = { subject: "217500016", raw: new Decimal(6000), value: new Decimal(10), rank: 1, quartile: 1, betterThanMedian: true };
 * console.log(v.rank);
 * ```
 */
export interface ComparedValue {
  /** The subject's id. */
  readonly subject: string;
  /** The value as computed or published, in the indicator's own unit. */
  readonly raw: Decimal;
  /** The compared value: `raw / normaliser` when the indicator is normalised, else `raw`. */
  readonly value: Decimal;
  /** The normaliser's value for this subject (inhabitants, agents, devices), when normalised. */
  readonly normaliserValue?: Decimal;
  /** 1 = best of the group (lowest for an indicator to lower, highest for one to raise; lowest first when the direction is unknown); ranks are 1…n, ties broken by name. */
  readonly rank: number;
  /** Quartile of the group the value falls in (1: ≤ Q1, 2: ≤ median, 3: ≤ Q3, 4: above), in increasing values. */
  readonly quartile: 1 | 2 | 3 | 4;
  /** Better than the group's median, given the indicator's direction (absent when unknown or equal). */
  readonly betterThanMedian?: boolean;
}

/**
 * The comparison of one indicator within one peer group.
 *
 * @example
 * ```ts
 * import type { PeerGroupComparison } from "@nrs/indicators";
 * const g: Pick<PeerGroupComparison, "group"> = { group: "tous" };
 * console.log(g.group);
 * ```
 */
export interface PeerGroupComparison {
  /** `tous`, a {@link SizeClass}, a collectivité type or `type-inconnu`. */
  readonly group: "tous" | SizeClass | TypeCollectivite | "type-inconnu";
  /** The group in words. */
  readonly label: Message;
  /** Quartiles of the compared values of the group (absent for a group of one). */
  readonly stats?: Quartiles;
  /** The group's values, best rank first. */
  readonly values: readonly ComparedValue[];
}

/**
 * The comparison of one indicator across the subjects that have it.
 *
 * @example
 * ```ts
 * import type { IndicatorComparison } from "@nrs/indicators";
 * const c: Pick<IndicatorComparison, "key" | "unit"> = { key: "empreinte-carbone-totale", unit: "kgCO2e/agent" };
 * console.log(c.unit);
 * ```
 */
export interface IndicatorComparison {
  /** Catalogue code, or `label:` + the published label. */
  readonly key: string;
  /** Catalogue code, when known. */
  readonly code?: string;
  /** Name of the indicator. */
  readonly label: Message;
  /** Unit of the compared values (`kgCO2e/agent` when normalised per agent). */
  readonly unit: string;
  /** Unit of the raw values. */
  readonly rawUnit: string;
  /** Which way is better, when the catalogue says. */
  readonly direction?: Direction;
  /** What the totals were divided by, when they were. */
  readonly normaliser?: Normaliser;
  /** The peer groups (one, `tous`, unless a grouping was asked for). */
  readonly groups: readonly PeerGroupComparison[];
  /** Subjects that have the indicator but were left out of it, and why. */
  readonly leftOut: readonly { readonly subject: string; readonly reason: Message }[];
}

/**
 * An indicator that was not compared, and why (present in one subject only, units that differ…).
 *
 * @example
 * ```ts
 * import type { NotCompared } from "@nrs/indicators";
 * const n: NotCompared = { key: "pue", label: { fr: "PUE", en: "PUE" }, reason: "UN_SEUL", message: { fr: "un seul sujet", en: "one subject only" } };
 * console.log(n.reason);
 * ```
 */
export interface NotCompared {
  /** Catalogue code, or `label:` + the published label. */
  readonly key: string;
  /** Name of the indicator. */
  readonly label: Message;
  /** `UN_SEUL`: fewer than two subjects have it; `UNITES_DIFFERENTES`: the subjects publish it in different units. */
  readonly reason: "UN_SEUL" | "UNITES_DIFFERENTES";
  /** Why, in words. */
  readonly message: Message;
}

/**
 * What {@link compareCollectivites} returns.
 *
 * @example
 * ```ts
 * import type { CollectivitesComparison } from "@nrs/indicators";
 * const r: Pick<CollectivitesComparison, "year"> = { year: 2025 };
 * console.log(r.year);
 * ```
 */
export interface CollectivitesComparison {
  /** The year compared. */
  readonly year: number;
  /** The grouping used, when any. */
  readonly groupBy?: "taille" | "type";
  /** The subjects compared (duplicates and other years left out). */
  readonly subjects: readonly CompareSubject[];
  /** One entry per indicator that at least two subjects have. */
  readonly indicators: readonly IndicatorComparison[];
  /** Indicators present but not compared, with the reason. */
  readonly notCompared: readonly NotCompared[];
  /** Subjects left out (duplicates, other years) and other findings. */
  readonly problems: readonly Problem[];
}
