import type { Decimal } from "decimal.js";
import type { Message, Problem } from "@nrs/core";

/**
 * Data-quality level of a value, as `@nrs/model`'s `ValeurIndicateur.qualite`.
 *
 * @example
 * ```ts
 * import type { DataQuality } from "@nrs/indicators";
 * const q: DataQuality = "ESTIMEE";
 * console.log(q);
 * ```
 */
export type DataQuality = "MESUREE" | "CALCULEE" | "ESTIMEE";

/**
 * The datasets of a project folder a value can come from.
 *
 * @example
 * ```ts
 * import type { DatasetName } from "@nrs/indicators";
 * const d: DatasetName = "sorties";
 * console.log(d);
 * ```
 */
export type DatasetName =
  | "inventaire"
  | "hebergement"
  | "empreinte"
  | "achats"
  | "sorties"
  | "evenements"
  | "rgesn"
  | "rgaa"
  | "ecoindex"
  | "opendata"
  | "impressions"
  | "collectivite"
  | "territoire";

/**
 * Which records of a dataset a value used.
 *
 * @example
 * ```ts
 * import type { RecordsUsed } from "@nrs/indicators";
 * const r: RecordsUsed = { dataset: "achats", count: 2, lines: [2, 5] };
 * console.log(r.count);
 * ```
 */
export interface RecordsUsed {
  /** The dataset (file of the project folder). */
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
  /** The records used, per dataset. */
  readonly records: readonly RecordsUsed[];
  /** The formula with the numbers used, e.g. `12000 / 60000 × 100`. */
  readonly formula: Message;
  /** `MESUREE` (read from records), `CALCULEE` (derived), `ESTIMEE` (some inputs estimated or left out). */
  readonly quality: DataQuality;
  /** What the reader should know: records left out, defaults, estimates. */
  readonly notes: readonly Message[];
  /** Factor packs the value depends on (footprint indicators). */
  readonly factorPacks?: readonly FactorPackRef[];
}

/**
 * A factor pack by id and version.
 *
 * @example
 * ```ts
 * import type { FactorPackRef } from "@nrs/indicators";
 * const p: FactorPackRef = { id: "fr-ademe", version: "1.0.0" };
 * console.log(p.id);
 * ```
 */
export interface FactorPackRef {
  /** Pack id, e.g. `fr-ademe`. */
  readonly id: string;
  /** Pack version. */
  readonly version: string;
}

/**
 * A statutory or chosen reference a value is compared with (AGEC threshold, décret 2023-266 target).
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import type { Reference } from "@nrs/indicators";
 * const r: Reference = { value: new Decimal(35), met: false, label: { fr: "Cible 2024", en: "2024 target" } };
 * console.log(r.met);
 * ```
 */
export interface Reference {
  /** The reference value, in the indicator's unit. */
  readonly value: Decimal;
  /** Whether the value reaches it (≥ for `HAUSSE`, ≤ for `BAISSE`). */
  readonly met: boolean;
  /** What the reference is. */
  readonly label: Message;
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
  /** The value, in the indicator's unit. */
  readonly value: Decimal;
  /** For ratios and weighted means: the numerator (value = numerator / denominator × multiplier). */
  readonly numerator?: Decimal;
  /** For ratios and weighted means: the denominator. */
  readonly denominator?: Decimal;
  /** A statutory or chosen reference the value is compared with (AGEC threshold, décret 2023-266 target). */
  readonly reference?: Reference;
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
  /** Catalogue code. */
  readonly code: string;
  /** Entity (`epci`, an INSEE code, `*` for all records, or a roll-up node id). */
  readonly entity: string;
  /** Reporting year. */
  readonly year: number;
  /** `TERRITOIRE` for the territory's indicators; absent for the administration's. */
  readonly perimetre?: "ADMINISTRATION" | "TERRITOIRE";
  /** Unit (the catalogue's). */
  readonly unit: string;
  /** Sub-values by type, stage, service, thematic or grade (keys described by the catalogue's `breakdownBy`). */
  readonly breakdown?: Readonly<Record<string, IndicatorComponent>>;
  /** How the value was obtained. */
  readonly provenance: Provenance;
}

/**
 * Why an indicator has no value.
 *
 * @example
 * ```ts
 * import { computeIndicators, type NotComputedReason } from "@nrs/indicators";
 * const reasons: NotComputedReason[] = computeIndicators({}, { year: 2025 }).notComputed.map((n) => n.reason);
 * console.log(new Set(reasons)); // Set(2) { "DONNEES_ABSENTES", "COLLECTE" }
 * ```
 */
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
  /** Catalogue code. */
  readonly code: string;
  /** Entity, as in {@link IndicatorValue.entity}. */
  readonly entity: string;
  /** Reporting year. */
  readonly year: number;
  /** Why, as a stable code. */
  readonly reason: NotComputedReason;
  /** Why, in French and English. */
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
  /** Reporting year. */
  readonly year: number;
  /** Entity (`*` when every record was used). */
  readonly entity: string;
  /** Every value computed, in catalogue order of computation. */
  readonly values: readonly IndicatorValue[];
  /** Every other catalogue indicator, with the reason. */
  readonly notComputed: readonly NotComputed[];
  /** Warnings and errors met while computing (e.g. an RGESN evaluation left out). */
  readonly problems: readonly Problem[];
}
