import * as z from "zod/mini";
import { check, Decimal, zNonNegativeDecimal, type CsvInput, type Message, type WithDecimalInputs } from "@nrs/core";
import { AGEC58_PRODUCT_TYPES } from "./agec58-product-types.js";
import { zDecimalAtMost } from "./bounded-decimal.js";
import { readRecordsCsv, type RecordsCsvOptions, type RecordsParseResult } from "./records-csv.js";
import { normalizeWord, zIsoDate, type ColumnSpec, ENTITY_COLUMN } from "./record-cells.js";

/**
 * A product category of the AGEC art. 58 purchasing obligation, with the minimum share of spend from
 * reuse or re-use (« dont % issu du réemploi ou de la réutilisation ») of décret n° 2021-254. The
 * percentages of the recast by décret n° 2024-134 are not confirmed: pass your own to
 * `computeIndicators` (`agecThresholds`).
 *
 * @example
 * ```ts
 * import { AGEC_CATEGORIES, type AgecCategory } from "@nrs/indicators";
 * const c: AgecCategory | undefined = AGEC_CATEGORIES[0];
 * console.log(c?.code, c?.reuseThresholdPct); // informatique-telephonie 20
 * ```
 */
export interface AgecCategory {
  /** Stable code. */
  readonly code: string;
  /** Name in French and English. */
  readonly label: Message;
  /** Minimum share (%) from reuse or re-use; absent when the decree sets none. */
  readonly reuseThresholdPct?: string;
  /** Legal source of the threshold. */
  readonly source?: string;
}

/**
 * The AGEC categories of the digital domain (décret n° 2021-254, annex; the 2024 recast groups them
 * under « Matériel informatique et téléphonie », « Matériel de reprographie et d'impression »,
 * « Consommables d'impression »), plus `autre`.
 *
 * @example
 * ```ts
 * import { AGEC_CATEGORIES } from "@nrs/indicators";
 * console.log(AGEC_CATEGORIES.map((c) => `${c.code} ${c.reuseThresholdPct ?? "-"}`).join("; "));
 * ```
 */
export const AGEC_CATEGORIES: readonly AgecCategory[] = [
  {
    code: "informatique-telephonie",
    label: { fr: AGEC58_PRODUCT_TYPES["informatique-telephonie"], en: "IT equipment and telephony" },
    reuseThresholdPct: "20",
    source:
      "Décret n° 2021-254 du 9 mars 2021, annexe : ordinateurs, terminaux, accessoires informatiques (CPV 30000000-9…), téléphones (CPV 32250000-0) — 20 % dont 20 % réemploi ou réutilisation",
  },
  {
    code: "reprographie-impression",
    label: { fr: AGEC58_PRODUCT_TYPES["reprographie-impression"], en: "Copying and printing equipment" },
    reuseThresholdPct: "20",
    source: "Décret n° 2021-254, annexe : photocopieurs et matériel d'impression (CPV 30120000-6, 30125000-1) — 20 % dont 20 %",
  },
  {
    code: "consommables-impression",
    label: { fr: AGEC58_PRODUCT_TYPES["consommables-impression"], en: "Printing consumables" },
    reuseThresholdPct: "20",
    source: "Décret n° 2021-254, annexe : cartouches de toner et d'encre (CPV 30125100-2, 30192113-6) — 20 % dont 20 %",
  },
  { code: "autre", label: { fr: "Autre", en: "Other" } },
];

const CATEGORY_ALIASES: ReadonlyMap<string, string> = new Map([
  ["informatique_telephonie", "informatique-telephonie"],
  ["materiel_informatique_et_telephonie", "informatique-telephonie"],
  ["informatique", "informatique-telephonie"],
  ["telephonie", "informatique-telephonie"],
  ["it", "informatique-telephonie"],
  ["it_and_phones", "informatique-telephonie"],
  ["reprographie_impression", "reprographie-impression"],
  ["impression", "reprographie-impression"],
  ["printing", "reprographie-impression"],
  ["consommables_impression", "consommables-impression"],
  ["consommables", "consommables-impression"],
  ["printing_consumables", "consommables-impression"],
  ["autre", "autre"],
  ["other", "autre"],
]);

/**
 * Finds the AGEC category code a cell names (code, French or English word).
 *
 * @example
 * ```ts
 * import { resolveAgecCategory } from "@nrs/indicators";
 * console.log(resolveAgecCategory("Informatique"), resolveAgecCategory("printing")); // informatique-telephonie reprographie-impression
 * ```
 */
export function resolveAgecCategory(text: string): string | undefined {
  return CATEGORY_ALIASES.get(normalizeWord(text));
}

/** The largest amount of one purchase line, € HT (10^12: far above any collectivité's budget), so a typo such as `1e400` is refused rather than published. */
const MAX_PURCHASE_AMOUNT = 1e12;

/**
 * zod/mini schema of a purchase record (one line of `achats.csv`, or a JSON object): amounts in € HT;
 * `reuseAmount` is the part from reuse or re-use, donations included (the national AGEC declaration
 * writes it as `montant_reemploi_et_reutilisation` = reuse − donations, plus `montant_produits_issus_don`),
 * and cannot exceed `amount`; `recycledAmount` cannot exceed
 * `amount`, and `donationAmount` (the `montant_produits_issus_don`) cannot exceed `reuseAmount`.
 *
 * @example
 * ```ts
 * import { safeParse } from "@nrs/core";
 * import { PurchaseSchema } from "@nrs/indicators";
 * const r = safeParse(PurchaseSchema, { date: "2024-05-02", category: "informatique-telephonie", amount: "1000", reuseAmount: "1200" });
 * console.log(r.ok ? "ok" : r.errors[0]?.code); // NRS_AGEC_REUSE_ABOVE_TOTAL
 * ```
 */
// The rules between amounts run even when an amount was refused (zod reports every issue of the
// record): they compare only amounts that parsed, so that a bad cell gives its own error, not a crash.
const bothDecimals = (a: unknown, b: unknown): boolean => Decimal.isDecimal(a) && Decimal.isDecimal(b);

export const PurchaseSchema = z
  .object({
    /** `epci` or an INSEE code; absent means the EPCI (see `DEFAULT_ENTITY`). */
    entity: z.optional(z.string().check(z.minLength(1))),
    /** `YYYY-MM-DD` (order or invoice date: the year counts). */
    date: zIsoDate,
    /** AGEC category code (see `AGEC_CATEGORIES`). */
    category: z
      .string()
      .check(
        check(
          (c: string) => AGEC_CATEGORIES.some((x) => x.code === c),
          "NRS_AGEC_UNKNOWN_CATEGORY",
          "Catégorie AGEC inconnue.",
          "Unknown AGEC category.",
        ),
      ),
    /** What was bought. */
    label: z.optional(z.string()),
    /** Total amount, € HT. */
    amount: zDecimalAtMost(
      MAX_PURCHASE_AMOUNT,
      "Montant invraisemblable (plus de 10^12 € HT pour une ligne).",
      "Implausible amount (over 10^12 € excl. VAT for one line).",
    ),
    /** Part from reuse or re-use, donations included, € HT (0 when absent). */
    reuseAmount: z.prefault(zNonNegativeDecimal, "0"),
    /** Part with recycled materials, € HT. */
    recycledAmount: z.optional(zNonNegativeDecimal),
    /** Part acquired by donation, valued with the arrêté of 29 February 2024 grid, € HT; inside `reuseAmount`. */
    donationAmount: z.optional(zNonNegativeDecimal),
  })
  .check(
    check(
      (p: { amount: Decimal; reuseAmount: Decimal }) => !bothDecimals(p.amount, p.reuseAmount) || p.reuseAmount.lte(p.amount),
      "NRS_AGEC_REUSE_ABOVE_TOTAL",
      "Le montant issu du réemploi dépasse le montant total.",
      "The reuse amount exceeds the total amount.",
    ),
    // The path puts the CSV error on the cell that breaks the rule (see readRecordsCsv).
    z.refine(
      (p: { amount: Decimal; recycledAmount?: Decimal | undefined }) =>
        p.recycledAmount === undefined || !bothDecimals(p.amount, p.recycledAmount) || p.recycledAmount.lte(p.amount),
      {
        path: ["recycledAmount"],
        params: {
          nrs: {
            code: "NRS_AGEC_RECYCLED_ABOVE_TOTAL",
            fr: "Le montant intégrant des matières recyclées dépasse le montant total.",
            en: "The recycled-content amount exceeds the total amount.",
          },
        },
      },
    ),
    z.refine(
      (p: { reuseAmount: Decimal; donationAmount?: Decimal | undefined }) =>
        p.donationAmount === undefined || !bothDecimals(p.reuseAmount, p.donationAmount) || p.donationAmount.lte(p.reuseAmount),
      {
        path: ["donationAmount"],
        params: {
          nrs: {
            code: "NRS_AGEC_DONATION_ABOVE_REUSE",
            fr: "Le montant issu du don dépasse le montant issu du réemploi (les dons en font partie).",
            en: "The donation amount exceeds the reuse amount (donations are part of it).",
          },
        },
      },
    ),
  );

/**
 * A purchase (a line of `achats.csv`), amounts in € HT.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import type { PurchaseRecord } from "@nrs/indicators";
 * const p: PurchaseRecord = { entity: "epci", date: "2025-03-12", category: "informatique-telephonie", amount: new Decimal(48000), reuseAmount: new Decimal(6000) };
 * console.log(p.reuseAmount.div(p.amount).times(100).toString()); // 12.5
 * ```
 */
export interface PurchaseRecord {
  /** `epci` or an INSEE code; absent means the perimeter as a whole. */
  readonly entity?: string;
  /** `YYYY-MM-DD` (order or invoice date: the year counts). */
  readonly date: string;
  /** AGEC category code (see {@link AGEC_CATEGORIES}). */
  readonly category: string;
  /** What was bought. */
  readonly label?: string;
  /** Total amount, € HT. */
  readonly amount: Decimal;
  /** Part from reuse or re-use, donations included, € HT (0 when absent). */
  readonly reuseAmount: Decimal;
  /** Part with recycled materials, € HT. */
  readonly recycledAmount?: Decimal;
  /** Part acquired by donation, valued with the flat-rate grid of the arrêté of 29 February 2024, € HT; inside `reuseAmount` (0 when absent). */
  readonly donationAmount?: Decimal;
  /** CSV line (0 for JSON input). */
  readonly line?: number;
}

/**
 * A purchase as `computeIndicators` takes it: a {@link PurchaseRecord} whose amounts may be numbers or
 * decimal strings (checked and converted with the record's path).
 *
 * @example
 * ```ts
 * import { computeIndicators, type PurchaseRecordInput } from "@nrs/indicators";
 * const p: PurchaseRecordInput = { date: "2025-03-12", category: "informatique-telephonie", amount: 48000, reuseAmount: "6000" };
 * const r = computeIndicators({ purchases: [p] }, { year: 2025 });
 * console.log(r.values.find((v) => v.code === "part-achats-reemploi")?.value.toString()); // 12.5
 * ```
 */
export type PurchaseRecordInput = WithDecimalInputs<PurchaseRecord>;

/** @internal The fields of the record that hold quantities (Decimals once parsed). */
export const PURCHASE_DECIMAL_KEYS: readonly string[] = ["amount", "reuseAmount", "recycledAmount", "donationAmount"];

/** The columns the parser reads; also described publicly by `RECORDS_CSV_COLUMNS`. @internal */
export const COLUMNS: readonly ColumnSpec[] = [
  ENTITY_COLUMN,
  { key: "date", names: ["date", "date_achat", "purchase_date"], kind: "date", required: true },
  {
    key: "category",
    names: ["categorie", "categorie_agec", "category"],
    kind: { oneOf: resolveAgecCategory, expected: AGEC_CATEGORIES.map((c) => c.code).join(", ") },
    required: true,
  },
  { key: "label", names: ["libelle", "label", "description"], kind: "text" },
  { key: "amount", names: ["montant_ht", "montant", "amount"], kind: "decimal", required: true },
  { key: "reuseAmount", names: ["montant_reemploi", "montant_reemploi_reutilisation", "reuse_amount"], kind: "decimal" },
  { key: "recycledAmount", names: ["montant_recycle", "montant_matieres_recyclees", "recycled_amount"], kind: "decimal" },
  { key: "donationAmount", names: ["montant_don", "montant_issu_don", "donation_amount"], kind: "decimal" },
];

/**
 * Reads `achats.csv`: columns `entite`, `date`, `categorie`, `libelle`, `montant_ht`,
 * `montant_reemploi`, `montant_recycle`, `montant_don` (English aliases `entity`, `date`, `category`,
 * `label`, `amount`, `reuse_amount`, `recycled_amount`, `donation_amount`).
 *
 * @example
 * ```ts
 * import { parsePurchasesCsv } from "@nrs/indicators";
 * const r = await parsePurchasesCsv("date;categorie;montant_ht;montant_reemploi\n2024-03-01;informatique;10 000;2 500\n2024-04-01;informatique;abc;0\n");
 * console.log(r.records.length, r.problems[0]?.code, r.problems[0]?.line, r.problems[0]?.column); // 1 NRS_NOT_A_NUMBER 3 25
 * ```
 */
export async function parsePurchasesCsv(input: CsvInput, options: RecordsCsvOptions = {}): Promise<RecordsParseResult<PurchaseRecord>> {
  return readRecordsCsv<PurchaseRecord>(input, COLUMNS, PurchaseSchema, options);
}
