import type { Decimal } from "decimal.js";
import { NrsError, type DecimalInput, type Problem } from "@nrs/core";
import { writeCsv, type CsvColumn } from "./csv-writer.js";
import { optionalText, requireBoolean, requireDate, requireEnum, requireNumber, requireText } from "./csv-problems.js";
import { tabularResource, type TableSchemaField, type TabularDataResource } from "./table-schema.js";

/**
 * Monitoring frequencies allowed by `impact-service-public-numerique`.
 *
 * @example
 * ```ts
 * import { OPEN_DATA_FREQUENCIES } from "@nrs/report";
 * console.log(OPEN_DATA_FREQUENCIES.includes("annuelle")); // true
 * ```
 */
export const OPEN_DATA_FREQUENCIES = ["quotidienne", "hebdomadaire", "mensuelle", "annuelle", "trimestrielle", "semestrielle", "autre"] as const;
/**
 * Chart kinds allowed in the `dataviz_wish` field of `impact-service-public-numerique`.
 *
 * @example
 * ```ts
 * import { OPEN_DATA_DATAVIZ } from "@nrs/report";
 * console.log(OPEN_DATA_DATAVIZ[0]); // linechart
 * ```
 */
export const OPEN_DATA_DATAVIZ = ["linechart", "barchart", "map", "scatterplot", "piechart"] as const;

/**
 * One indicator value in the fields of the national schema `impact-service-public-numerique`
 * (schema.data.gouv.fr, v0.3.0, Etalab). Field names are the schema's own.
 */
export interface OpenDataRow {
  /** Administration the service belongs to (the collectivité's name). */
  readonly administration_rattachement: string;
  /** Name of the digital public service (e.g. « Stratégie numérique responsable »). */
  readonly nom_service_public_numerique: string;
  /** Label of the indicator, kept identical from one period to the next. */
  readonly indicateur: string;
  /** Value at `date` (written in plain decimal notation). */
  readonly valeur: DecimalInput;
  /** Unit (`%`, `unité` for counts, `kgCO2e`...). */
  readonly unite_mesure: string;
  /** `true` for a target, `false` for a measured value. */
  readonly est_cible: boolean;
  /** How often the indicator is followed. */
  readonly frequence_monitoring: (typeof OPEN_DATA_FREQUENCIES)[number];
  /** `YYYY-MM-DD`: the end of the period, or the target date. */
  readonly date: string;
  /** `true` for a value over a period (flow), `false` for a stock. */
  readonly est_periode: boolean;
  /** `YYYY-MM-DD`: start of the period, when `est_periode` is true. */
  readonly date_debut?: string | undefined;
  /** `true` when the collection is automated. */
  readonly est_automatise: boolean;
  /** How the value is collected (script, survey, manual count...). */
  readonly source_collecte: string;
  /** INSEE code of the geographic scale, if any. */
  readonly code_insee?: string | undefined;
  /** Suggested chart type. */
  readonly dataviz_wish?: (typeof OPEN_DATA_DATAVIZ)[number] | undefined;
  /** Limits, biases and how to read the value. */
  readonly commentaires?: string | undefined;
}

/**
 * The national schema the open-data CSV follows (schema.data.gouv.fr, Etalab, v0.3.0).
 *
 * @example
 * ```ts
 * import { OPEN_DATA_SCHEMA } from "@nrs/report";
 * console.log(OPEN_DATA_SCHEMA.url);
 * ```
 */
export const OPEN_DATA_SCHEMA = {
  id: "etalab/schema-impact-service-public-numerique",
  version: "0.3.0",
  url: "https://github.com/etalab/schema-impact-service-public-numerique/raw/v0.3.0/schema.json",
} as const;

const req = { required: true } as const;
const opt = { required: false } as const;

/**
 * The fields of `impact-service-public-numerique` v0.3.0 in the schema's order, as Table Schema fields
 * (names, types, formats and constraints of the national schema).
 *
 * @example
 * ```ts
 * import { OPEN_DATA_FIELDS } from "@nrs/report";
 * console.log(OPEN_DATA_FIELDS.map((f) => f.name).join(","));
 * ```
 */
export const OPEN_DATA_FIELDS: readonly TableSchemaField[] = [
  { name: "administration_rattachement", title: "Administration de rattachement", type: "string", constraints: req },
  { name: "nom_service_public_numerique", title: "Nom du service public numérique", type: "string", constraints: req },
  { name: "indicateur", title: "Indicateur", type: "string", constraints: req },
  { name: "valeur", title: "Valeur", type: "number", constraints: req },
  { name: "unite_mesure", title: "Unité de mesure", type: "string", constraints: req },
  { name: "est_cible", title: "Valeur cible", type: "boolean", constraints: req },
  { name: "frequence_monitoring", title: "Fréquence de suivi", type: "string", constraints: { required: true, enum: OPEN_DATA_FREQUENCIES } },
  { name: "date", title: "Date", type: "date", format: "%Y-%m-%d", constraints: req },
  { name: "est_periode", title: "Mesure sur une période", type: "boolean", constraints: req },
  { name: "date_debut", title: "Début de la période", type: "date", format: "%Y-%m-%d", constraints: opt },
  { name: "est_automatise", title: "Collecte automatisée", type: "boolean", constraints: req },
  { name: "source_collecte", title: "Source de la collecte", type: "string", constraints: req },
  { name: "code_insee", title: "Code INSEE", type: "string", constraints: opt },
  { name: "dataviz_wish", title: "Visualisation souhaitée", type: "string", constraints: { required: false, enum: OPEN_DATA_DATAVIZ } },
  { name: "commentaires", title: "Commentaires", type: "string", constraints: opt },
];

interface CheckedRow {
  readonly text: Record<string, string | undefined>;
  readonly valeur: Decimal | undefined;
}

/** A CSV file and the Table Schema resource that describes it. */
export interface CsvExport {
  /** The CSV text (UTF-8, `,`, `\n`). */
  readonly csv: string;
  /** The tabular-data-resource descriptor (write it next to the CSV as `<name>.resource.json`). */
  readonly resource: TabularDataResource;
}

/**
 * Writes indicator values as CSV in the fields of the national schema `impact-service-public-numerique`
 * (v0.3.0), with its Table Schema descriptor. Every row is checked first (required fields, dates,
 * enums, numbers): on bad input an `NrsError` lists every problem with its `[row, field]` path in
 * French and English; nothing is written half-way. Text cells are neutralised against spreadsheet
 * formulas; `valeur` is written in plain decimal notation with a point, as the schema's `number` type wants.
 *
 * @example
 * ```ts
 * import { toOpenDataCsv } from "@nrs/report";
 * const { csv, resource } = toOpenDataCsv([{
 *   administration_rattachement: "CA de Val-de-Fictive", nom_service_public_numerique: "Stratégie numérique responsable",
 *   indicateur: "Part des équipements réemployés", valeur: "35.5", unite_mesure: "%", est_cible: false,
 *   frequence_monitoring: "annuelle", date: "2024-12-31", est_periode: true, date_debut: "2024-01-01",
 *   est_automatise: true, source_collecte: "script", code_insee: "200000000",
 * }]);
 * if (!csv.split("\n")[1]!.includes(",35.5,%,false,annuelle,")) throw new Error(csv);
 * console.log(resource.conformsTo.version); // 0.3.0
 * ```
 */
export function toOpenDataCsv(rows: readonly OpenDataRow[], options: { readonly path?: string } = {}): CsvExport {
  const problems: Problem[] = [];
  const checked: CheckedRow[] = rows.map((r, i) => {
    const p = (f: string) => [i, f];
    const row = r as unknown as Record<string, unknown>;
    const text: Record<string, string | undefined> = {
      administration_rattachement: requireText(problems, p("administration_rattachement"), row.administration_rattachement),
      nom_service_public_numerique: requireText(problems, p("nom_service_public_numerique"), row.nom_service_public_numerique),
      indicateur: requireText(problems, p("indicateur"), row.indicateur),
      unite_mesure: requireText(problems, p("unite_mesure"), row.unite_mesure),
      est_cible: requireBoolean(problems, p("est_cible"), row.est_cible),
      frequence_monitoring: requireEnum(problems, p("frequence_monitoring"), row.frequence_monitoring, OPEN_DATA_FREQUENCIES),
      date: requireDate(problems, p("date"), row.date),
      est_periode: requireBoolean(problems, p("est_periode"), row.est_periode),
      date_debut: row.date_debut === undefined ? undefined : requireDate(problems, p("date_debut"), row.date_debut),
      est_automatise: requireBoolean(problems, p("est_automatise"), row.est_automatise),
      source_collecte: requireText(problems, p("source_collecte"), row.source_collecte),
      code_insee: optionalText(problems, p("code_insee"), row.code_insee),
      dataviz_wish: row.dataviz_wish === undefined ? undefined : requireEnum(problems, p("dataviz_wish"), row.dataviz_wish, OPEN_DATA_DATAVIZ),
      commentaires: optionalText(problems, p("commentaires"), row.commentaires),
    };
    return { text, valeur: requireNumber(problems, p("valeur"), row.valeur, false) };
  });
  if (problems.length > 0) throw new NrsError(problems);
  const columns: CsvColumn<CheckedRow>[] = OPEN_DATA_FIELDS.map((f) =>
    f.name === "valeur"
      ? { name: f.name, kind: "raw", cell: (r) => r.valeur!.toFixed() }
      : { name: f.name, kind: f.type === "string" ? "text" : "raw", cell: (r) => r.text[f.name] },
  );
  const path = options.path ?? "indicateurs-impact-service-public-numerique.csv";
  return { csv: writeCsv(checked, columns), resource: tabularResource("indicateurs", path, OPEN_DATA_FIELDS, OPEN_DATA_SCHEMA) };
}
