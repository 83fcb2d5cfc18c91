import type { Decimal } from "decimal.js";
import type { Message, Problem } from "@nrs/core";

/** Data-quality level of a value, as `@nrs/model`'s `ValeurIndicateur.qualite`. */
export type DataQuality = "MESUREE" | "CALCULEE" | "ESTIMEE";

/** The datasets of a project folder a value can come from. */
export type DatasetName =
  | "inventaire" | "hebergement" | "empreinte" | "achats" | "sorties" | "evenements"
  | "rgesn" | "rgaa" | "ecoindex" | "opendata" | "collectivite";

/** Which records of a dataset a value used. */
export interface RecordsUsed {
  readonly dataset: DatasetName;
  /** Number of records used. */
  readonly count: number;
  /** CSV lines of the records used (absent for JSON inputs or when not tracked). */
  readonly lines?: readonly number[];
}

/**
 * How a value was obtained: the records it used, the formula with the actual numbers, the data
 * quality, and notes (defaults filled in, records left out and why).
 *
 * @example
 * ```ts
 * import type { Provenance } from "@nrs/indicators";
 * const p: Provenance = {
 *   records: [{ dataset: "achats", count: 3, lines: [2, 3, 4] }],
 *   formula: { fr: "12000 / 60000 × 100", en: "12000 / 60000 × 100" },
 *   quality: "CALCULEE",
 *   notes: [],
 * };
 * console.log(p.quality);
 * ```
 */
export interface Provenance {
  readonly records: readonly RecordsUsed[];
  /** The formula with the numbers used, e.g. `12000 / 60000 × 100`. */
  readonly formula: Message;
  readonly quality: DataQuality;
  readonly notes: readonly Message[];
  /** Factor packs the value depends on (footprint indicators). */
  readonly factorPacks?: readonly { readonly id: string; readonly version: string }[];
}

/**
 * A number with what it was computed from: for ratios and weighted means the numerator and
 * denominator (so that a roll-up can pool them), and a statutory reference when there is one.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import type { IndicatorComponent } from "@nrs/indicators";
 * const c: IndicatorComponent = { value: new Decimal(20), numerator: new Decimal(12000), denominator: new Decimal(60000) };
 * console.log(c.value.toString());
 * ```
 */
export interface IndicatorComponent {
  readonly value: Decimal;
  readonly numerator?: Decimal;
  readonly denominator?: Decimal;
  /** A statutory or chosen reference the value is compared with (AGEC threshold, décret 2023-266 target). */
  readonly reference?: { readonly value: Decimal; readonly met: boolean; readonly label: Message };
}

/**
 * One computed value of an indicator, for an entity and a year, with its provenance.
 *
 * @example
 * ```ts
 * import { computeIndicators } from "@nrs/indicators";
 * const r = computeIndicators({ agents: 10, events: [
 *   { entity: "epci", date: "2024-03-01", type: "FORMATION", audience: "AGENTS", participants: 4, estimated: false, line: 2 },
 * ] }, { year: 2024 });
 * const v = r.values.find((x) => x.code === "part-agents-formes");
 * console.log(v?.value.toString(), v?.unit, v?.provenance.formula.en); // 40 % 4 / 10 × 100
 * ```
 */
export interface IndicatorValue extends IndicatorComponent {
  readonly code: string;
  readonly entity: string;
  readonly year: number;
  readonly unit: string;
  /** Sub-values by type, stage, service, thematic or grade (keys described by the catalogue's `breakdownBy`). */
  readonly breakdown?: Readonly<Record<string, IndicatorComponent>>;
  readonly provenance: Provenance;
}

/** Why an indicator has no value. */
export type NotComputedReason =
  /** The catalogue says the value is entered by hand. */
  | "COLLECTE"
  /** A dataset the computation needs was not given, or has no record for the year and entity. */
  | "DONNEES_ABSENTES"
  /** The denominator is zero (no agent, no applicable criterion, no published dataset...). */
  | "DENOMINATEUR_NUL"
  /** The aggregation of the indicator does not allow combining entities (roll-ups). */
  | "NON_AGREGEABLE";

/**
 * An indicator of the catalogue that has no value for this entity and year, and why.
 *
 * @example
 * ```ts
 * import { computeIndicators } from "@nrs/indicators";
 * const r = computeIndicators({}, { year: 2024 });
 * const n = r.notComputed.find((x) => x.code === "pue");
 * console.log(n?.reason, n?.message.en);
 * ```
 */
export interface NotComputed {
  readonly code: string;
  readonly entity: string;
  readonly year: number;
  readonly reason: NotComputedReason;
  readonly message: Message;
  /** The inputs that would make it computable. */
  readonly missing?: readonly string[];
}

/**
 * What {@link computeIndicators} returns for one entity and year: every value computed, every
 * catalogue indicator not computed with its reason, and the problems met (warnings about records
 * left out; bad records are refused earlier, by the parsers).
 *
 * @example
 * ```ts
 * import { computeIndicators } from "@nrs/indicators";
 * const r = computeIndicators({ agents: 100, population: 5000 }, { year: 2025 });
 * console.log(r.year, r.entity, r.values.length + r.notComputed.length > 0);
 * ```
 */
export interface IndicatorResults {
  readonly year: number;
  readonly entity: string;
  readonly values: readonly IndicatorValue[];
  readonly notComputed: readonly NotComputed[];
  readonly problems: readonly Problem[];
}
