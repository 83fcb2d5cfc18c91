import type { Decimal } from "decimal.js";
import { msg, NrsError, problem, type DecimalInput, type Problem } from "@nrs/core";
import { isSiret } from "@nrs/model";
import { writeCsv, type CsvColumn } from "./csv-writer.js";
import { optionalText, requireEnum, requireNumber, requireText } from "./csv-problems.js";
import type { CsvExport } from "./open-data-csv.js";
import { tabularResource, type TableSchemaField } from "./table-schema.js";

/**
 * The 17 product categories of the AGEC art. 58 declaration schema (v0.1.0), in the schema's wording.
 *
 * @example
 * ```ts
 * import { AGEC58_CATEGORIES } from "@nrs/report";
 * console.log(AGEC58_CATEGORIES.length); // 17
 * ```
 */
export const AGEC58_CATEGORIES = [
  "Produits textiles à l'exception des équipements de protection individuels",
  "Matériel informatique et téléphonie",
  "Matériel de reprographie et d'impression",
  "Consommables d'impression",
  "Papier",
  "Fournitures de bureau",
  "Engins de transport et pièces détachées",
  "Véhicules et pièces détachées",
  "Mobilier et aménagement d'intérieur",
  "Mobilier urbain",
  "Equipements de collecte de déchets",
  "Bocaux et flacons",
  "Articles et équipement sportifs",
  "Matériel d'entretien des espaces verts",
  "Bâtiments modulaires ou préfabriqués",
  "Gros électroménager, y compris appareils professionnels",
  "Jeux et jouets",
] as const;

/** One of {@link AGEC58_CATEGORIES}. */
export type Agec58Category = (typeof AGEC58_CATEGORIES)[number];

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
  /** Spending on reused or re-used products, donations included (€ HT). */
  readonly montant_valorisation_et_don: DecimalInput;
  /** Value of donated products, per the arrêté of 29 February 2024 grid (€ HT). */
  readonly montant_produits_issus_don: DecimalInput;
  /** Spending on products with recycled content (€ HT). */
  readonly montant_produits_recycles: DecimalInput;
  /** Free comment. */
  readonly commentaires?: string | undefined;
}

/**
 * The national schema the AGEC art. 58 CSV follows (data.gouv.fr, v0.1.0).
 *
 * @example
 * ```ts
 * import { AGEC58_SCHEMA } from "@nrs/report";
 * console.log(AGEC58_SCHEMA.id);
 * ```
 */
export const AGEC58_SCHEMA = {
  id: "datagouv/schema-declaration-biens-reemploi-reutilisation-recycle",
  version: "0.1.0",
  url: "https://github.com/datagouv/schema-declaration-biens-valorisation/raw/v0.1.0/schema.json",
} as const;

const req = { required: true } as const;

/**
 * The fields of `declaration-biens-reemploi-reutilisation-recycle` v0.1.0, in the schema's order.
 *
 * @example
 * ```ts
 * import { AGEC58_FIELDS } from "@nrs/report";
 * console.log(AGEC58_FIELDS.length); // 9
 * ```
 */
export const AGEC58_FIELDS: readonly TableSchemaField[] = [
  { name: "annee", title: "Année", type: "year", constraints: req },
  { name: "siret", title: "SIRET de l'acheteur", type: "string", constraints: { required: true, pattern: "^\\d{14}$" } },
  { name: "raison_sociale", title: "Raison sociale", type: "string", constraints: req },
  { name: "type_produit_acquis", title: "Type de produit acquis", type: "string", constraints: { required: true, enum: AGEC58_CATEGORIES } },
  { name: "montant_total", title: "Montant total HT (€)", type: "number", constraints: req },
  { name: "montant_valorisation_et_don", title: "Montant réemploi, réutilisation et dons HT (€)", type: "number", constraints: req },
  { name: "montant_produits_issus_don", title: "Montant des produits issus du don HT (€)", type: "number", constraints: req },
  { name: "montant_produits_recycles", title: "Montant des produits recyclés HT (€)", type: "number", constraints: req },
  { name: "commentaires", title: "Commentaires", type: "string", constraints: { required: false } },
];

const AMOUNTS = ["montant_total", "montant_valorisation_et_don", "montant_produits_issus_don", "montant_produits_recycles"] as const;

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
 *   montant_valorisation_et_don: "98500.50", montant_produits_issus_don: 0, montant_produits_recycles: 12000,
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
        message: msg(`Année entière ≥ 2021 attendue (obligation en vigueur depuis 2021), reçu « ${String(annee)} ».`, `Whole year ≥ 2021 expected (obligation in force since 2021), got "${String(annee)}".`),
      });
    }
    const siret = requireText(problems, p("siret"), row.siret);
    if (siret !== "" && !isSiret(siret)) {
      problems.push(problem("NRS_REPORT_BAD_SIRET", p("siret"), `SIRET « ${siret} » invalide : quatorze chiffres attendus, avec une clé de contrôle (Luhn) correcte.`, `Invalid SIRET "${siret}": fourteen digits expected, with a correct (Luhn) check digit.`));
    }
    const text = {
      annee: String(annee),
      siret,
      raison_sociale: requireText(problems, p("raison_sociale"), row.raison_sociale),
      type_produit_acquis: requireEnum(problems, p("type_produit_acquis"), row.type_produit_acquis, AGEC58_CATEGORIES),
      commentaires: optionalText(problems, p("commentaires"), row.commentaires),
    };
    const amounts = Object.fromEntries(AMOUNTS.map((a) => [a, requireNumber(problems, p(a), row[a], true)])) as Record<(typeof AMOUNTS)[number], Decimal | undefined>;
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
  const columns: CsvColumn<Checked>[] = AGEC58_FIELDS.map((f) =>
    (AMOUNTS as readonly string[]).includes(f.name)
      ? { name: f.name, kind: "raw", cell: (r) => r.amounts[f.name as (typeof AMOUNTS)[number]].toFixed() }
      : { name: f.name, kind: f.type === "string" ? "text" : "raw", cell: (r) => r.text[f.name] },
  );
  const path = options.path ?? "declaration-agec58.csv";
  return { csv: writeCsv(ok, columns), resource: tabularResource("declaration-agec58", path, AGEC58_FIELDS, AGEC58_SCHEMA) };
}
