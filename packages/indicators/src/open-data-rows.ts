import type { Decimal } from "decimal.js";
import { toDecimal, type DecimalInput } from "@nrs/core";
import { indicatorDefinition } from "./catalogue.js";
import type { Periodicity } from "./indicator-definition.js";
import type { IndicatorValue } from "./indicator-value.js";
import { roundForPublication, type PublicationRounding } from "./publication-rounding.js";
import type { Milestones } from "./trajectory.js";

/**
 * One row in the fields of the national open-data schema `impact-service-public-numerique`
 * (schema.data.gouv.fr, v0.5.0, Etalab): the field names are the schema's own, so `@nrs/report` can
 * write them as CSV column for column.
 *
 * @example
 * ```ts
 * import { computeIndicators, toOpenDataRows, type OpenDataIndicatorRow } from "@nrs/indicators";
 * const r = computeIndicators({ openData: [{ dataset: "x", published: true }] }, { year: 2025 });
 * const row: OpenDataIndicatorRow | undefined = toOpenDataRows(r.values, { administration: "Ville" })[0];
 * console.log(row?.valeur.toString(), row?.est_periode); // 0 false
 * ```
 */
export interface OpenDataIndicatorRow {
  /** The collectivité publishing. */
  readonly administration_rattachement: string;
  /** The digital public service (here the SNR as a whole by default). */
  readonly nom_service_public_numerique: string;
  /** Name of the indicator (the catalogue's French label). */
  readonly indicateur: string;
  /** The value, rounded for publication by {@link roundForPublication} (exact with `exact: true`). */
  readonly valeur: Decimal;
  /** Unit (« unité » for counts). */
  readonly unite_mesure: string;
  /** True for a target, false for a measured value. */
  readonly est_cible: boolean;
  /** `impact` (the effect a strategy seeks) or `usage` (how a service is used); see {@link OpenDataRowsOptions.indicatorTypes}. */
  readonly type_indicateur: "usage" | "impact";
  /** Monitoring frequency. */
  readonly frequence_monitoring: Periodicity;
  /** `YYYY-MM-DD`: end of the period (or the stock date, or the target's date). */
  readonly date: string;
  /** True for a flow over a period, false for a stock at `date`. */
  readonly est_periode: boolean;
  /** Start of the period (flows only). */
  readonly date_debut?: string;
  /** The value is collected automatically. */
  readonly est_automatise: boolean;
  /** Where the value comes from. */
  readonly source_collecte: string;
  /** `COM` when `code_insee` is a commune's code (the only INSEE level an SNR value has: an EPCI has none in the schema's list). */
  readonly denom_insee?: "COM";
  /** INSEE code of the commune the value is about. */
  readonly code_insee?: string;
  /** Chart wished for. */
  readonly dataviz_wish?: "linechart" | "barchart" | "map" | "scatterplot" | "piechart";
  /** Stable code, formula and quality. */
  readonly commentaires?: string;
}

/**
 * Options of {@link toOpenDataRows}.
 *
 * @example
 * ```ts
 * import type { OpenDataRowsOptions } from "@nrs/indicators";
 * const o: OpenDataRowsOptions = { administration: "CA de Val-de-Fictive", codeInsee: "26900", automated: true };
 * console.log(o.administration);
 * ```
 */
export interface OpenDataRowsOptions extends PublicationRounding {
  /** `administration_rattachement`: the collectivité's name. */
  readonly administration: string;
  /** `nom_service_public_numerique` (default « Stratégie numérique responsable »). */
  readonly service?: string;
  /** INSEE code of the collectivité when it is a commune (values of entity `epci` or `*` get this one, communes their own code). */
  readonly codeInsee?: string;
  /** `est_automatise` (default true: the values are computed from files by @nrs). */
  readonly automated?: boolean;
  /**
   * `type_indicateur` per indicator code, for the codes that are not `impact` (the default: an SNR
   * indicator follows an objective of reducing the digital footprint, the effect the strategy seeks).
   */
  readonly indicatorTypes?: Readonly<Record<string, "usage" | "impact">>;
  /** Targets to publish as `est_cible` rows, per indicator code. */
  readonly targets?: Readonly<Record<string, Milestones>>;
}

const COUNT_UNITS = new Set([
  "agents",
  "personnes",
  "ateliers",
  "actions",
  "équipements",
  "lieux",
  "clauses",
  "organismes",
  "projets",
  "acteurs",
  "objets",
]);
const INSEE = /^(\d{5}|2[AB]\d{3})$/;

function unitOf(unit: string): string {
  // The schema writes counts as « unité ».
  return COUNT_UNITS.has(unit) ? "unité" : unit;
}

/**
 * Indicator values (and optional targets) as rows of the national schema
 * `impact-service-public-numerique`: `indicateur` is the French label, `commentaires` carries the
 * stable code and the formula, `source_collecte` the datasets used, `type_indicateur` is `impact`
 * unless `indicatorTypes` says `usage`, `denom_insee` is `COM` beside a commune's `code_insee` (a code
 * that is not a commune's is not written: the schema has no level for an EPCI), `est_periode` and `date_debut`
 * follow the indicator's nature (flow over the year, or stock on 31 December). Counts are written in
 * the schema's unit « unité ». Values and targets are rounded for publication by
 * {@link roundForPublication} (2 decimals, 3 significant digits below 1, half away from zero; the bilan prints
 * the same figures); `decimals` sets another number of decimals and `exact: true` keeps every digit.
 *
 * @example
 * ```ts
 * import { computeIndicators, toOpenDataRows } from "@nrs/indicators";
 * const r = computeIndicators({ openData: [{ dataset: "x", published: true, schema: "scdl/budget" }, { dataset: "y", published: true }, { dataset: "z", published: true }] }, { year: 2024 });
 * const rows = toOpenDataRows(r.values, { administration: "CA de Val-de-Fictive", codeInsee: "26900",
 *   targets: { "part-donnees-schema": { baseline: { year: 2023, value: 25 }, targets: [{ year: 2027, value: 70 }] } } });
 * console.log(rows.map((x) => `${x.indicateur}|${x.valeur.toString()}|${x.unite_mesure}|${x.est_cible}|${x.date}`));
 * // 1 / 3 × 100 is published as 33.33; the exact value stays in r.values.
 * if (rows[0]?.valeur.toString() !== "33.33") throw new Error(String(rows[0]?.valeur));
 * console.log(toOpenDataRows(r.values, { administration: "CA", exact: true })[0]?.valeur.toString()); // 33.33333333333333333333333333333333
 * ```
 */
export function toOpenDataRows(values: readonly IndicatorValue[], options: OpenDataRowsOptions): OpenDataIndicatorRow[] {
  const service = options.service ?? "Stratégie numérique responsable";
  const rows: OpenDataIndicatorRow[] = [];
  const base = (code: string) => {
    const def = indicatorDefinition(code);
    return {
      def,
      label: def?.label.fr ?? code,
      unit: unitOf(def?.unit ?? ""),
      freq: def?.periodicity ?? "annuelle",
      periode: (def?.nature ?? "PERIODE") === "PERIODE",
      type: options.indicatorTypes?.[code] ?? "impact",
    };
  };
  for (const v of values) {
    const b = base(v.code);
    const insee = INSEE.test(v.entity) ? v.entity : options.codeInsee;
    const source = v.provenance.records.map((r) => `${r.dataset} (${r.count})`).join(", ");
    rows.push({
      administration_rattachement: options.administration,
      nom_service_public_numerique: service,
      indicateur: b.label,
      valeur: roundForPublication(v.value, options),
      unite_mesure: b.unit,
      est_cible: false,
      type_indicateur: b.type,
      frequence_monitoring: b.freq,
      date: `${v.year}-12-31`,
      est_periode: b.periode,
      ...(b.periode ? { date_debut: `${v.year}-01-01` } : {}),
      est_automatise: options.automated ?? true,
      source_collecte: `${source === "" ? "données de la collectivité" : source} — @nrs/indicators`,
      ...(insee === undefined || !INSEE.test(insee) ? {} : { denom_insee: "COM" as const, code_insee: insee }),
      dataviz_wish: "linechart",
      commentaires: `code: ${v.code}; ${v.provenance.formula.fr}; qualité: ${v.provenance.quality}`,
    });
  }
  for (const [code, m] of Object.entries(options.targets ?? {})) {
    const b = base(code);
    for (const t of m.targets) {
      rows.push({
        administration_rattachement: options.administration,
        nom_service_public_numerique: service,
        indicateur: b.label,
        valeur: roundForPublication(toDecimal(t.value as DecimalInput, ["targets", code]), options),
        unite_mesure: b.unit,
        est_cible: true,
        type_indicateur: b.type,
        frequence_monitoring: b.freq,
        date: `${t.year}-12-31`,
        est_periode: b.periode,
        ...(b.periode ? { date_debut: `${t.year}-01-01` } : {}),
        est_automatise: false,
        source_collecte: "Stratégie numérique responsable (objectifs)",
        ...(options.codeInsee === undefined || !INSEE.test(options.codeInsee)
          ? {}
          : { denom_insee: "COM" as const, code_insee: options.codeInsee }),
        dataviz_wish: "linechart",
        commentaires: `code: ${code}; référence ${m.baseline.year} = ${String(m.baseline.value)}`,
      });
    }
  }
  return rows;
}
