import type { Decimal } from "decimal.js";
import type { DecimalInput, Message } from "@nrs/core";
import type { Criterion, Stage } from "../impact/criteria.js";

/**
 * What a factor row gives besides impact criteria: parameters the calculators need.
 *
 * | id | meaning | usual unit |
 * |---|---|---|
 * | `lifetime` | default service life of an item | `year` |
 * | `power` | average power drawn while in use | `W` |
 * | `hoursPerDay` | hours of use per day | `h/day` |
 * | `annualEnergy` | electricity per year | `kWh/year` |
 * | `pue` | power usage effectiveness of a data centre | `ratio` |
 * | `energyIntensity` | electricity per unit of activity (per GB, per vCPU-hour...) | `kWh/GB`... |
 * | `ratio` | any other dimensionless share or coefficient | `ratio` |
 * | `annualFootprint` | a yearly footprint over the whole life cycle, every stage together, as a national study publishes it | `kgCO2e/year` |
 * | `count` | how many of something there are (inhabitants, households, subscriptions) | `inhabitant`, `household`... |
 *
 * @example
 * ```ts
 * import { PARAMETERS } from "@nrs/footprint";
 * console.log(PARAMETERS.includes("lifetime")); // true
 * ```
 */
export const PARAMETERS = [
  "lifetime",
  "power",
  "hoursPerDay",
  "annualEnergy",
  "pue",
  "energyIntensity",
  "ratio",
  "annualFootprint",
  "count",
] as const;

/** A parameter kind: see {@link PARAMETERS}. */
export type Parameter = (typeof PARAMETERS)[number];

/** What a factor row measures: an impact criterion (then with a stage) or a parameter. */
export type FactorCriterion = Criterion | Parameter;

/**
 * One row of a factor pack, validated. Impact rows (criterion in {@link CRITERIA}) carry a `stage`
 * and a unit `<criterion unit>/<per what>` such as `kgCO2e/unit`, `kgCO2e/kWh`, `gCO2e/GB`.
 *
 * @example
 * ```ts
 * import { defineFactorPack, type FactorRow } from "@nrs/footprint";
 * const pack = defineFactorPack({
 *   id: "demo", version: "1", title: { fr: "Démo", en: "Demo" },
 *   rows: [{ id: "grid-fr", item: "electricite_FR", criterion: "gwp", stage: "use", value: "0.0461",
 *     unit: "kgCO2e/kWh", source: "ADEME Base Empreinte", year: 2025, geography: "FR", licence: "ADEME" }],
 * });
 * const row: FactorRow = pack.rows[0]!;
 * console.log(row.value.toString(), row.pack); // "0.0461" "demo"
 * ```
 */
export interface FactorRow {
  /** Unique in its pack; stable between versions of the pack. */
  readonly id: string;
  /** What the factor is about, a machine key: a device type (`ordinateur_portable`), `electricite_FR`, `reseau_fixe_FR`... */
  readonly item: string;
  readonly criterion: FactorCriterion;
  /** Lifecycle stage, for impact criteria. */
  readonly stage?: Stage;
  readonly value: Decimal;
  readonly min?: Decimal;
  readonly max?: Decimal;
  /** Unit of `value`, e.g. `kgCO2e/unit`, `kgCO2e/kWh`, `gCO2e/GB`, `year`, `W`, `h/day`, `ratio`. */
  readonly unit: string;
  /** Who published the figure (organisation, database, document). */
  readonly source: string;
  /** Where exactly it was read: URL or `owner/repo@commit:path`. */
  readonly sourceUrl?: string;
  /** Reference year of the figure (for a period, its last year; the notes say so). */
  readonly year: number;
  /** Where the figure applies: ISO country code (`FR`), `EU`, `WORLD`. */
  readonly geography: string;
  /** Under what terms the figure may be used and redistributed. */
  readonly licence: string;
  readonly notes?: string;
  /** Human-readable name of the item. */
  readonly label?: Message;
  /** Id of the pack the row comes from (kept through merges, for the trace). */
  readonly pack: string;
  /** Version of that pack. */
  readonly packVersion: string;
}

/**
 * A row as given to {@link defineFactorPack}: the fields of a {@link FactorRow}, numbers as number, decimal
 * string or Decimal, without `pack` and `packVersion` (the pack sets them).
 */
export interface FactorRowInput extends Omit<FactorRow, "value" | "min" | "max" | "pack" | "packVersion"> {
  /** The figure, in `unit`. */
  readonly value: DecimalInput;
  /** Low end of its range, when the source gives one. */
  readonly min?: DecimalInput;
  /** High end of its range, when the source gives one. */
  readonly max?: DecimalInput;
}

/** One input a pack was generated from (a package, a file), with its version. */
export interface PackSource {
  readonly name: string;
  readonly version: string;
  readonly licence?: string;
  readonly url?: string;
}

/**
 * A versioned, immutable set of factors with their provenance. Build one with {@link defineFactorPack};
 * combine with {@link mergeFactorPacks} or {@link overrideFactors}; read with {@link lookupFactor}.
 *
 * @example
 * ```ts
 * import { defaultFactorPack } from "@nrs/footprint";
 * console.log(defaultFactorPack.id, defaultFactorPack.rows.length > 0); // "fr-ademe" true
 * ```
 */
export interface FactorPack {
  readonly id: string;
  readonly version: string;
  readonly title: Message;
  readonly description?: Message;
  /** What the pack was generated from (packages, files), with versions. */
  readonly generatedFrom: readonly PackSource[];
  readonly rows: readonly FactorRow[];
}

/** Input of {@link defineFactorPack}. */
export interface FactorPackInput {
  readonly id: string;
  readonly version: string;
  readonly title: Message;
  readonly description?: Message;
  readonly generatedFrom?: readonly PackSource[];
  readonly rows: readonly FactorRowInput[];
}
