import type { Decimal } from "decimal.js";
import { msg, NrsError, problem, type DecimalInput, type Problem } from "@nrs/core";
import { isSiret } from "@nrs/model";
import { writeCsv } from "./csv-writer.js";
import { schemaColumns, type SchemaCell } from "./schema-columns.js";
import { optionalText, requireEnum, requireNumber, requireText } from "./csv-problems.js";
import type { CsvExport } from "./open-data-csv.js";
import { NATIONAL_SCHEMAS } from "./national-schemas.js";
import { AGEC58_CATEGORIES, type Agec58Category, type Agec58FieldName } from "./schemas/declaration-biens-reemploi-v0.1.0.js";
import { tabularResource, type TableSchemaField } from "./table-schema.js";

/**
 * One line of the yearly AGEC art. 58 declaration, in the fields of the national schema
 * `declaration-biens-reemploi-reutilisation-recycle` (v0.1.0). Amounts are euros HT.
 */
export interface Agec58Row {
  /** Calendar year of the spending. */
  readonly annee: number;
  /** 14 digits. */
  readonly siret: string;
  /** Name of the buying organisation. */
  readonly raison_sociale: string;
  /** Product category, in the schema's wording. */
  readonly type_produit_acquis: Agec58Category;
  /** Total spending excl. VAT for the category (€). */
  readonly montant_total: DecimalInput;
  /**
   * Spending on products from reuse or re-use (€ HT), donations excluded: the arrêté of 13 January 2025
   * asks for this amount and, separately, for the value of donated products (`montant_produits_issus_don`).
   */
  readonly montant_reemploi_et_reutilisation: DecimalInput;
  /** Value of donated products, per the arrêté of 29 February 2024 grid (€ HT). */
  readonly montant_produits_issus_don: DecimalInput;
  /** Spending on products with recycled content (€ HT). */
  readonly montant_produits_recycles: DecimalInput;
  /** Free comment. */
  readonly commentaires?: string | undefined;
}

/**
 * The national schema the AGEC art. 58 CSV follows: the current declaration of the registry
 * ({@link NATIONAL_SCHEMAS}`.agec58[0]`), with its id, version and official URL.
 *
 * @example
 * ```ts
 * import { AGEC58_SCHEMA } from "@nrs/report";
 * console.log(AGEC58_SCHEMA.id, AGEC58_SCHEMA.version); // datagouv/schema-declaration-biens-reemploi-reutilisation-recycle 0.1.0
 * ```
 */
export const AGEC58_SCHEMA = NATIONAL_SCHEMAS.agec58[0];

/**
 * The fields of the current AGEC art. 58 schema, in the schema's order (from the registry).
 *
 * @example
 * ```ts
 * import { AGEC58_FIELDS } from "@nrs/report";
 * console.log(AGEC58_FIELDS.length); // 9
 * ```
 */
export const AGEC58_FIELDS: readonly TableSchemaField[] = AGEC58_SCHEMA.fields;

const AMOUNTS = [
  "montant_total",
  "montant_reemploi_et_reutilisation",
  "montant_produits_issus_don",
  "montant_produits_recycles",
] as const satisfies readonly Agec58FieldName[];

// One cell builder per field of the schema: the record's type makes a field added to the registry
// without a builder (or a builder left for a removed field) a compile error.
const amount = (name: (typeof AMOUNTS)[number]): SchemaCell<Checked> => ({ kind: "raw", cell: (r) => r.amounts[name].toFixed() });
const text = (name: Agec58FieldName, kind: "text" | "raw" = "text"): SchemaCell<Checked> => ({ kind, cell: (r) => r.text[name] });
const CELLS: Record<Agec58FieldName, SchemaCell<Checked>> = {
  annee: text("annee", "raw"),
  siret: text("siret"),
  raison_sociale: text("raison_sociale"),
  type_produit_acquis: text("type_produit_acquis"),
  montant_total: amount("montant_total"),
  montant_reemploi_et_reutilisation: amount("montant_reemploi_et_reutilisation"),
  montant_produits_issus_don: amount("montant_produits_issus_don"),
  montant_produits_recycles: amount("montant_produits_recycles"),
  commentaires: text("commentaires"),
};

interface Checked {
  readonly text: Record<string, string | undefined>;
  readonly amounts: Record<(typeof AMOUNTS)[number], Decimal>;
}

/**
 * Writes the yearly AGEC art. 58 declaration (loi 2020-105 art. 58, décret 2024-134) as CSV in the
 * fields of the national schema `declaration-biens-reemploi-reutilisation-recycle`, with its Table
 * Schema descriptor. Checks first and throws an `NrsError` listing every problem (`[row, field]` path,
 * French and English): year, 14-digit SIRET, category from the schema's list, amounts ≥ 0, and each
 * sub-amount ≤ `montant_total` (a design choice: a part cannot exceed the whole). Text cells are
 * neutralised against spreadsheet formulas.
 *
 * @example
 * ```ts
 * import { toAgec58Csv } from "@nrs/report";
 * const { csv } = toAgec58Csv([{
 *   annee: 2024, siret: "29990101700010", raison_sociale: "CA de Val-de-Fictive",
 *   type_produit_acquis: "Matériel informatique et téléphonie", montant_total: 412000,
 *   montant_reemploi_et_reutilisation: "98500.50", montant_produits_issus_don: 0, montant_produits_recycles: 12000,
 * }]);
 * if (!csv.includes(",412000,98500.5,0,12000,")) throw new Error(csv);
 * ```
 */
export function toAgec58Csv(rows: readonly Agec58Row[], options: { readonly path?: string } = {}): CsvExport {
  const problems: Problem[] = [];
  const checked: (Checked | undefined)[] = rows.map((r, i) => {
    const row = r as unknown as Record<string, unknown>;
    const p = (f: string) => [i, f];
    const annee = row.annee;
    if (typeof annee !== "number" || !Number.isInteger(annee) || annee < 2021 || annee > 9999) {
      problems.push({
        code: "NRS_REPORT_BAD_YEAR",
        severity: "error",
        path: p("annee"),
        message: msg(
          `Année entière ≥ 2021 attendue (obligation en vigueur depuis 2021), reçu « ${String(annee)} ».`,
          `Whole year ≥ 2021 expected (obligation in force since 2021), got "${String(annee)}".`,
        ),
      });
    }
    const siret = requireText(problems, p("siret"), row.siret);
    if (siret !== "" && !isSiret(siret)) {
      problems.push(
        problem(
          "NRS_REPORT_BAD_SIRET",
          p("siret"),
          `SIRET « ${siret} » invalide : quatorze chiffres attendus, avec une clé de contrôle (Luhn) correcte.`,
          `Invalid SIRET "${siret}": fourteen digits expected, with a correct (Luhn) check digit.`,
        ),
      );
    }
    const text = {
      annee: String(annee),
      siret,
      raison_sociale: requireText(problems, p("raison_sociale"), row.raison_sociale),
      type_produit_acquis: requireEnum(problems, p("type_produit_acquis"), row.type_produit_acquis, AGEC58_CATEGORIES),
      commentaires: optionalText(problems, p("commentaires"), row.commentaires),
    };
    const amounts = Object.fromEntries(AMOUNTS.map((a) => [a, requireNumber(problems, p(a), row[a], true)])) as Record<
      (typeof AMOUNTS)[number],
      Decimal | undefined
    >;
    const total = amounts.montant_total;
    if (total) {
      for (const a of AMOUNTS.slice(1)) {
        const part = amounts[a];
        if (part && part.greaterThan(total)) {
          problems.push({
            code: "NRS_REPORT_PART_EXCEEDS_TOTAL",
            severity: "error",
            path: p(a),
            message: msg(`« ${a} » dépasse « montant_total ».`, `"${a}" exceeds "montant_total".`),
          });
        }
      }
    }
    return Object.values(amounts).every((x) => x !== undefined) ? { text, amounts: amounts as Checked["amounts"] } : undefined;
  });
  if (problems.length > 0) throw new NrsError(problems);
  const ok = checked as Checked[];
  const columns = schemaColumns(AGEC58_SCHEMA, CELLS);
  const path = options.path ?? "declaration-agec58.csv";
  return { csv: writeCsv(ok, columns), resource: tabularResource("declaration-agec58", path, AGEC58_FIELDS, AGEC58_SCHEMA) };
}
