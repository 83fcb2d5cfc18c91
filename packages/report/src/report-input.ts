import type { SharedFootprintSplit } from "./compose-allocation.js";
import type { SharedIndicatorSplit } from "./compose-indicator-allocation.js";
import type { DecimalInput, Message, Problem } from "@nrs/core";
import type { IndicatorResults, RgesnEvaluationRecord, TrajectoryStatus, YearValueInput } from "@nrs/indicators";
import type { BilanAnnuel, Collectivite, ProgrammeDeTravail, Strategie } from "@nrs/model";
import type { TerritoryFootprintResult } from "@nrs/footprint";

/**
 * One indicator's follow-up as the bilan shows it: yearly series, milestones (baseline and targets),
 * trajectory and status. `@nrs/indicators`' `followUp(...)` result has this shape and can be passed as is;
 * the report only renders it, it computes no status.
 */
export interface IndicatorReport {
  /** Code of the indicator in the strategy (`Strategie.indicateurs[].code`). */
  readonly code: string;
  /** Measured values, one per year. */
  readonly series: readonly YearValueInput[];
  /** The planned path from the baseline to the targets, one point per year. */
  readonly trajectory?: readonly YearValueInput[] | undefined;
  /** Baseline and targets; the bilan shows the first target due in or after its year. */
  readonly milestones?: { readonly baseline: YearValueInput; readonly targets: readonly YearValueInput[] } | undefined;
  /** Status for the bilan's year (`@nrs/indicators`' codes: ATTEINT, SUR_TRAJECTOIRE, EN_RETARD, SANS_CIBLE, SANS_DONNEES). */
  readonly status: TrajectoryStatus;
}

/** An impact cell: value with its range, as `@nrs/footprint` gives it. */
export interface ImpactCellInput {
  readonly value: DecimalInput;
  readonly min?: DecimalInput | undefined;
  readonly max?: DecimalInput | undefined;
  readonly unit: string;
}

/** A footprint table criterion × lifecycle stage, shaped like `@nrs/footprint`'s `ImpactTable`. */
export type ImpactTableInput = Readonly<Record<string, Readonly<Record<string, ImpactCellInput | undefined>> | undefined>>;

/** The footprint of one equipment category (or any other grouping) for the year. */
export interface FootprintCategory {
  readonly code: string;
  readonly libelle: Message | string;
  readonly impact: ImpactTableInput;
}

/**
 * The change of one criterion since the previous year, split into the effect of activity (more or fewer
 * devices, hours, gigabytes) and the effect of factors (new factor-pack values): the shape of
 * `@nrs/indicators`' `decomposeFootprintChange(...).changes[]`. `activityEffect + factorEffect` is
 * `current − previous`.
 */
export interface FootprintChange {
  readonly criterion: string;
  readonly unit?: string | undefined;
  readonly previousYear: number;
  readonly currentYear: number;
  readonly previous: DecimalInput;
  readonly current: DecimalInput;
  readonly activityEffect: DecimalInput;
  readonly factorEffect: DecimalInput;
}

/** A factor used by a computation, cited with its source (shape of `@nrs/footprint`'s `TracedFactor`). */
export interface FactorCitation {
  readonly id: string;
  readonly pack: string;
  readonly packVersion: string;
  readonly criterion?: string | undefined;
  readonly value: string;
  readonly unit: string;
  readonly year: number;
  readonly source: string;
  readonly sourceUrl?: string | undefined;
  readonly licence: string;
}

/** The footprint part of a bilan. */
export interface FootprintReport {
  /** The whole footprint: criterion × stage. */
  readonly total: ImpactTableInput;
  /** Breakdown by category (devices, network, hosting...); the code `impressions` (printing paper) adds a note that ink and toner are not counted. */
  readonly categories?: readonly FootprintCategory[] | undefined;
  /**
   * The device inventory's footprint by usage (the inventory's `site` column: agents, écoles, espace
   * public…), shown as a table when given: school equipment and public screens apart from the agents'.
   */
  readonly parUsage?: readonly FootprintCategory[] | undefined;
  /** Change since last year, per criterion. */
  readonly evolution?: readonly FootprintChange[] | undefined;
  /** How the figures of shared services were split between the entities sharing them. */
  readonly repartitions?: readonly SharedFootprintSplit[] | undefined;
}

/**
 * What {@link renderStrategy} renders: the documents of `@nrs/model`, already parsed and validated.
 */
export interface StrategyReportInput {
  readonly collectivite: Collectivite;
  readonly programme?: ProgrammeDeTravail | undefined;
  readonly strategie: Strategie;
  /** Compliance findings (`Problem`s with their legal reference in `ref`). */
  readonly constats?: readonly Problem[] | undefined;
  /**
   * Documents the compliance checks could not read (a file in error, say), with the reason: the
   * compliance section then says « non vérifiée » and why, instead of « aucun constat ».
   */
  readonly nonVerifies?: readonly { readonly document: string; readonly raison: Message | string }[] | undefined;
}

/**
 * What {@link renderBilan} renders: the model documents, the year's bilan, the computed indicators and
 * footprint, the compliance findings and every factor used.
 */
export interface BilanReportInput extends StrategyReportInput {
  readonly bilan: BilanAnnuel;
  /**
   * `computeIndicators(...)` of `@nrs/indicators` for the bilan's year: values with their provenance
   * (records used, formula, quality) and the reasons of values not computed.
   */
  readonly resultats?: IndicatorResults | undefined;
  /** Follow-up of each indicator (`followUp(...)` of `@nrs/indicators`). */
  readonly indicateurs?: readonly IndicatorReport[] | undefined;
  /** How the indicators of shared services were split between the entities sharing them (shown under the indicators). */
  readonly repartitionsIndicateurs?: readonly SharedIndicatorSplit[] | undefined;
  readonly empreinte?: FootprintReport | undefined;
  /** The territory's footprint (`computeTerritoryFootprint` of `@nrs/footprint`), for the section « territoire ». */
  readonly territoire?: TerritoryReport | undefined;
  readonly facteurs?: readonly FactorCitation[] | undefined;
  /** The year's RGESN evaluations (`@nrs/indicators`' records): a declaration per evaluated service. */
  readonly rgesn?: readonly RgesnEvaluationRecord[] | undefined;
}

/**
 * The territory part of a bilan: the reporting year's `computeTerritoryFootprint` result and, for the
 * trend, the previous year's.
 *
 * @example
 * ```ts
 * import { computeTerritoryFootprint } from "@nrs/footprint";
 * import type { TerritoryReport } from "@nrs/report";
 * const r: TerritoryReport = { annee: 2025, empreinte: computeTerritoryFootprint({ year: 2022, population: 60000 }) };
 * console.log(r.empreinte.bySegment.reseaux.basis); // population
 * ```
 */
export interface TerritoryReport {
  /** Reporting year (the bilan's). */
  readonly annee: number;
  readonly empreinte: TerritoryFootprintResult;
  readonly precedente?: { readonly annee: number; readonly empreinte: TerritoryFootprintResult } | undefined;
}

/** Output formats of the renderers (`docx` through `@nrs/report/docx`, which keeps the DOCX library out of the HTML path). */
export type ReportFormat = "html" | "markdown" | "json" | "docx";

/** Options of {@link renderBilan} and {@link renderStrategy}. */
export interface RenderOptions {
  /** Output format. Default `html`. */
  readonly format?: ReportFormat | undefined;
  /** Language of the document. Default `fr`. */
  readonly lang?: "fr" | "en" | undefined;
  /**
   * Generation date (ISO 8601, `YYYY-MM-DD` or a full timestamp). Give it to get byte-identical output
   * for the same inputs; without it the current date is used.
   */
  readonly generatedAt?: string | undefined;
  /**
   * HTML only: write a fragment for a web CMS instead of a whole page: one `<div class="nrs-report">`
   * with its styles scoped to it, no `<html>`, `<head>` or `<body>`. Default false.
   */
  readonly fragment?: boolean | undefined;
}
