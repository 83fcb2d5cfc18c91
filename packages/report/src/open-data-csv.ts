import type { Decimal } from "decimal.js";
import { NrsError, type DecimalInput, type Problem } from "@nrs/core";
import { writeCsv } from "./csv-writer.js";
import { NATIONAL_SCHEMAS } from "./national-schemas.js";
import { schemaColumns, type SchemaCell } from "./schema-columns.js";
import {
  OPEN_DATA_DATAVIZ,
  OPEN_DATA_DENOM_INSEE,
  OPEN_DATA_FREQUENCIES,
  OPEN_DATA_INDICATOR_TYPES,
  type OpenDataFieldName,
} from "./schemas/impact-service-public-numerique-v0.5.0.js";
import { optionalText, requireBoolean, requireDate, requireEnum, requireNumber, requireText } from "./csv-problems.js";
import { tabularResource, type TableSchemaField, type TabularDataResource } from "./table-schema.js";

/**
 * One indicator value in the fields of the national schema `impact-service-public-numerique`
 * (schema.data.gouv.fr, v0.5.0, Etalab). Field names are the schema's own.
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
  /** `usage` (how a service is used) or `impact` (the effect sought); required since v0.5.0. */
  readonly type_indicateur: (typeof OPEN_DATA_INDICATOR_TYPES)[number];
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
  /** INSEE level of `code_insee` (`COM` for a commune), if any (v0.4.0 and later). */
  readonly denom_insee?: (typeof OPEN_DATA_DENOM_INSEE)[number] | undefined;
  /** INSEE code of the geographic scale, if any. */
  readonly code_insee?: string | undefined;
  /** Suggested chart type. */
  readonly dataviz_wish?: (typeof OPEN_DATA_DATAVIZ)[number] | undefined;
  /** Limits, biases and how to read the value. */
  readonly commentaires?: string | undefined;
}

/**
 * The national schema the open-data CSV follows: the current declaration of the registry
 * ({@link NATIONAL_SCHEMAS}`.opendata[0]`), with its id, version and official URL.
 *
 * @example
 * ```ts
 * import { OPEN_DATA_SCHEMA } from "@nrs/report";
 * console.log(OPEN_DATA_SCHEMA.url); // https://github.com/etalab/schema-impact-service-public-numerique/raw/v0.5.0/schema.json
 * ```
 */
export const OPEN_DATA_SCHEMA = NATIONAL_SCHEMAS.opendata[0];

/**
 * The fields of the current `impact-service-public-numerique` schema in the schema's order (from the
 * registry): names, types, formats and constraints.
 *
 * @example
 * ```ts
 * import { OPEN_DATA_FIELDS } from "@nrs/report";
 * console.log(OPEN_DATA_FIELDS.map((f) => f.name).join(","));
 * ```
 */
export const OPEN_DATA_FIELDS: readonly TableSchemaField[] = OPEN_DATA_SCHEMA.fields;

// One cell builder per field of the schema (a field of the registry without a builder does not compile).
const text = (name: OpenDataFieldName, kind: "text" | "raw" = "text"): SchemaCell<CheckedRow> => ({ kind, cell: (r) => r.text[name] });
const CELLS: Record<OpenDataFieldName, SchemaCell<CheckedRow>> = {
  administration_rattachement: text("administration_rattachement"),
  nom_service_public_numerique: text("nom_service_public_numerique"),
  indicateur: text("indicateur"),
  valeur: { kind: "raw", cell: (r) => r.valeur!.toFixed() },
  unite_mesure: text("unite_mesure"),
  est_cible: text("est_cible", "raw"),
  type_indicateur: text("type_indicateur", "raw"),
  frequence_monitoring: text("frequence_monitoring", "raw"),
  date: text("date", "raw"),
  est_periode: text("est_periode", "raw"),
  date_debut: text("date_debut", "raw"),
  est_automatise: text("est_automatise", "raw"),
  source_collecte: text("source_collecte"),
  denom_insee: text("denom_insee", "raw"),
  code_insee: text("code_insee"),
  dataviz_wish: text("dataviz_wish", "raw"),
  commentaires: text("commentaires"),
};

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
 * (v0.5.0), with its Table Schema descriptor. Every row is checked first (required fields, dates,
 * enums, numbers): on bad input an `NrsError` lists every problem with its `[row, field]` path in
 * French and English; nothing is written half-way. Text cells are neutralised against spreadsheet
 * formulas; `valeur` is written in plain decimal notation with a point, as the schema's `number` type wants.
 *
 * @example
 * ```ts
 * import { toOpenDataCsv } from "@nrs/report";
 * const { csv, resource } = toOpenDataCsv([{
 *   administration_rattachement: "CA de Val-de-Fictive", nom_service_public_numerique: "Stratégie numérique responsable",
 *   indicateur: "Part des équipements réemployés", valeur: "35.5", unite_mesure: "%", est_cible: false, type_indicateur: "impact",
 *   frequence_monitoring: "annuelle", date: "2024-12-31", est_periode: true, date_debut: "2024-01-01",
 *   est_automatise: true, source_collecte: "script", denom_insee: "COM", code_insee: "26901",
 * }]);
 * if (!csv.split("\n")[1]!.includes(",35.5,%,false,impact,annuelle,")) throw new Error(csv);
 * console.log(resource.conformsTo.version); // 0.5.0
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
      type_indicateur: requireEnum(problems, p("type_indicateur"), row.type_indicateur, OPEN_DATA_INDICATOR_TYPES),
      frequence_monitoring: requireEnum(problems, p("frequence_monitoring"), row.frequence_monitoring, OPEN_DATA_FREQUENCIES),
      date: requireDate(problems, p("date"), row.date),
      est_periode: requireBoolean(problems, p("est_periode"), row.est_periode),
      date_debut: row.date_debut === undefined ? undefined : requireDate(problems, p("date_debut"), row.date_debut),
      est_automatise: requireBoolean(problems, p("est_automatise"), row.est_automatise),
      source_collecte: requireText(problems, p("source_collecte"), row.source_collecte),
      denom_insee:
        row.denom_insee === undefined ? undefined : requireEnum(problems, p("denom_insee"), row.denom_insee, OPEN_DATA_DENOM_INSEE),
      code_insee: optionalText(problems, p("code_insee"), row.code_insee),
      dataviz_wish:
        row.dataviz_wish === undefined ? undefined : requireEnum(problems, p("dataviz_wish"), row.dataviz_wish, OPEN_DATA_DATAVIZ),
      commentaires: optionalText(problems, p("commentaires"), row.commentaires),
    };
    return { text, valeur: requireNumber(problems, p("valeur"), row.valeur, false) };
  });
  if (problems.length > 0) throw new NrsError(problems);
  const columns = schemaColumns(OPEN_DATA_SCHEMA, CELLS);
  const path = options.path ?? "indicateurs-impact-service-public-numerique.csv";
  return { csv: writeCsv(checked, columns), resource: tabularResource("indicateurs", path, OPEN_DATA_FIELDS, OPEN_DATA_SCHEMA) };
}
