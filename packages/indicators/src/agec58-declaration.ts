import type { Decimal } from "decimal.js";
import { definedProps, out, safeParse, sumExact, type Problem } from "@nrs/core";
import { agec58CategoryTotals } from "./agec58-category-totals.js";
import { DEFAULT_ENTITY } from "./default-entity.js";
import { AGEC58_PRODUCT_TYPES, type Agec58ProductType } from "./agec58-product-types.js";
import { datedInYear } from "./dated-in-year.js";
import { PurchaseSchema, type PurchaseRecord, type PurchaseRecordInput } from "./purchase-record.js";

/**
 * Options of {@link agec58Declaration}: who declares, for which year.
 *
 * @example
 * ```ts
 * import type { Agec58DeclarationOptions } from "@nrs/indicators";
 * const o: Agec58DeclarationOptions = { annee: 2025, siret: "29990101700010", raisonSociale: "CA de Val-de-Fictive" };
 * console.log(o.entities ?? ["epci"]); // [ 'epci' ]
 * ```
 */
export interface Agec58DeclarationOptions {
  /** Calendar year of the spending (purchases count by the year of their date). */
  readonly annee: number;
  /** SIRET of the buying organisation (14 digits; checked by `toAgec58Csv` of `@nrs/report` and by `@nrs/model`). */
  readonly siret: string;
  /** Name of the buying organisation. */
  readonly raisonSociale: string;
  /**
   * The `entite` codes that are the buyer itself (default `["epci"]`, {@link DEFAULT_ENTITY}); a
   * purchase without an entity always counts. A commune passes its INSEE code.
   */
  readonly entities?: readonly string[];
}

/**
 * One line of the declaration, in the fields of the national schema (so it can be handed to
 * `toAgec58Csv` of `@nrs/report` as it is), with the purchase lines it sums. Amounts are exact sums,
 * € HT.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { agec58Declaration, type Agec58DeclarationRow } from "@nrs/indicators";
 * const d = agec58Declaration([{ date: "2025-02-01", category: "consommables-impression", amount: new Decimal("900.5"), reuseAmount: new Decimal(0), recycledAmount: new Decimal(300), line: 2 }],
 *   { annee: 2025, siret: "29990101700010", raisonSociale: "CA de Val-de-Fictive" });
 * const row: Agec58DeclarationRow | undefined = d.rows[0];
 * console.log(row?.type_produit_acquis, row?.montant_total.toString(), row?.montant_produits_recycles.toString(), row?.lines); // Consommables d'impression 900.5 300 [ 2 ]
 * ```
 */
export interface Agec58DeclarationRow {
  /** Calendar year of the spending. */
  readonly annee: number;
  /** SIRET of the buyer. */
  readonly siret: string;
  /** Name of the buyer. */
  readonly raison_sociale: string;
  /** Product category, in the schema's wording. */
  readonly type_produit_acquis: Agec58ProductType;
  /** Σ `montant_ht`. */
  readonly montant_total: Decimal;
  /**
   * Σ `montant_reemploi` − Σ `montant_don`: purchases from reuse or re-use, donations excluded (the
   * arrêté of 13 January 2025 asks for the two amounts separately; the donations are in
   * `montant_produits_issus_don`).
   */
  readonly montant_reemploi_et_reutilisation: Decimal;
  /** Σ `montant_don` (donations, valued with the arrêté of 29 February 2024 grid). */
  readonly montant_produits_issus_don: Decimal;
  /** Σ `montant_recycle` (products with recycled content). */
  readonly montant_produits_recycles: Decimal;
  /** CSV lines of the purchases summed (records built in code have none). */
  readonly lines: readonly number[];
}

/**
 * Why a purchase of the input is not in the declaration.
 *
 * @example
 * ```ts
 * import type { Agec58ExclusionReason } from "@nrs/indicators";
 * const r: Agec58ExclusionReason = "autre-categorie";
 * console.log(r); // autre-categorie
 * ```
 */
export type Agec58ExclusionReason = "autre-annee" | "autre-entite" | "autre-categorie";

/**
 * Purchases of the input left out of the declaration for one reason, so that nothing is lost
 * silently.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { agec58Declaration, type Agec58Exclusion } from "@nrs/indicators";
 * const d = agec58Declaration([{ entity: "26901", date: "2025-02-01", category: "informatique-telephonie", amount: new Decimal(500), reuseAmount: new Decimal(0), line: 7 }],
 *   { annee: 2025, siret: "29990101700010", raisonSociale: "CA" });
 * const x: Agec58Exclusion | undefined = d.excluded[0];
 * console.log(x?.reason, x?.amount.toString(), x?.lines); // autre-entite 500 [ 7 ]
 * ```
 */
export interface Agec58Exclusion {
  /** `autre-annee`: dated another year; `autre-entite`: bought by another entity (a member commune); `autre-categorie`: category `autre`, or a code with no declaration category. */
  readonly reason: Agec58ExclusionReason;
  /** Number of purchases. */
  readonly count: number;
  /** Σ of their `montant_ht`, € HT. */
  readonly amount: Decimal;
  /** Their CSV lines. */
  readonly lines: readonly number[];
}

/**
 * What {@link agec58Declaration} returns.
 *
 * @example
 * ```ts
 * import { agec58Declaration, type Agec58Declaration } from "@nrs/indicators";
 * const d: Agec58Declaration = agec58Declaration([], { annee: 2025, siret: "29990101700010", raisonSociale: "CA" });
 * console.log(d.ok, d.rows.length, d.excluded.length); // true 0 0
 * ```
 */
export interface Agec58Declaration {
  /** True when no purchase of the input breaks a rule of `PurchaseSchema`. */
  readonly ok: boolean;
  /** One row per category with purchases, in the order of {@link AGEC58_PRODUCT_TYPES}; empty when `ok` is false. */
  readonly rows: readonly Agec58DeclarationRow[];
  /** Purchases left out, per reason (only the reasons that apply). */
  readonly excluded: readonly Agec58Exclusion[];
  /** Each broken rule: code, French and English message, `["purchases", index, field]` path, CSV line. */
  readonly problems: readonly Problem[];
}

const EXCLUSION_ORDER: readonly Agec58ExclusionReason[] = ["autre-annee", "autre-entite", "autre-categorie"];

/**
 * Builds the yearly AGEC art. 58 declaration (loi n° 2020-105 art. 58, décret n° 2024-134; schema
 * `declaration-biens-reemploi-reutilisation-recycle` v0.1.0) from purchase records: one row per
 * category of {@link AGEC58_PRODUCT_TYPES} with purchases in the year, each amount the exact sum of
 * the matching column over the buyer's purchases of the year.
 *
 * Rules (the law declares each buyer's own acquisitions, by category of the arrêté of 29 February 2024):
 * - a purchase counts in the year of its `date`; purchases of another entity (a member commune, which
 *   declares under its own SIRET) and of category `autre` are left out and listed in `excluded`;
 * - `montant_reemploi_et_reutilisation` = Σ `reuseAmount` − Σ `donationAmount`: purchases from reuse or
 *   re-use only, because the arrêté of 13 January 2025 (JORFTEXT000050998194) lists « le montant HT
 *   des dépenses […] pour l'achat de produits issus du réemploi ou de la réutilisation » and, apart,
 *   « le montant HT […] pour l'acquisition de produits issus du don comptabilisés monétairement »
 *   (schema v0.1.0 dropped "donations included" from the field's description on 2024-10-18);
 *   `montant_produits_issus_don` = Σ `donationAmount` (in the purchase file a donation stays inside
 *   `reuseAmount`, as for the reuse share of {@link agecReuseShare}); `montant_produits_recycles` = Σ
 *   `recycledAmount`; an absent donation or recycled amount counts 0 (none reported on that line);
 * - a category without purchases has no row (the schema declares the categories acquired);
 * - every purchase of the input, excluded or not, is checked first with `PurchaseSchema` (a date
 *   `YYYY-MM-DD`, parts within their whole, amounts ≥ 0): on a problem `ok` is false and there are no
 *   rows, nothing is clamped; a purchase with a problem is in no exclusion either.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { agec58Declaration } from "@nrs/indicators";
 * const p = (amount: string, reuse: string, donation?: string) => ({ date: "2025-03-01", category: "informatique-telephonie", amount: new Decimal(amount), reuseAmount: new Decimal(reuse), ...(donation ? { donationAmount: new Decimal(donation) } : {}) });
 * const d = agec58Declaration([p("182000", "0"), p("30828.99", "30828.99"), p("450", "450", "450")], { annee: 2025, siret: "29990101700010", raisonSociale: "CA de Val-de-Fictive" });
 * const r = d.rows[0];
 * console.log(r?.montant_total.toString(), r?.montant_reemploi_et_reutilisation.toString(), r?.montant_produits_issus_don.toString()); // 213278.99 30828.99 450
 * ```
 */
export function agec58Declaration(purchases: readonly PurchaseRecordInput[], options: Agec58DeclarationOptions): Agec58Declaration {
  const buyer = new Set(options.entities ?? [DEFAULT_ENTITY]);
  const kept: PurchaseRecord[] = [];
  const left = new Map<Agec58ExclusionReason, PurchaseRecord[]>();
  const problems: Problem[] = [];
  // Every record is checked before it is sorted by year, entity or category: a malformed date must be
  // reported, not filed as another year, and excluded amounts are summed too.
  // The declaration is computed on what the schema gives (amounts as Decimals, numbers and strings converted).
  purchases.forEach((input, i) => {
    const checked = safeParse(PurchaseSchema, input);
    if (!checked.ok) {
      for (const e of checked.errors) problems.push({ ...e, path: ["purchases", i, ...e.path], ...definedProps({ line: input.line }) });
      return;
    }
    const p = { ...checked.value, ...definedProps({ line: input.line }) } as PurchaseRecord;
    const reason: Agec58ExclusionReason | undefined = !datedInYear(p.date, options.annee)
      ? "autre-annee"
      : p.entity !== undefined && !buyer.has(p.entity)
        ? "autre-entite"
        : !Object.hasOwn(AGEC58_PRODUCT_TYPES, p.category)
          ? "autre-categorie"
          : undefined;
    if (reason === undefined) {
      kept.push(p);
      return;
    }
    const list = left.get(reason);
    if (list === undefined) left.set(reason, [p]);
    else list.push(p);
  });
  const excluded = EXCLUSION_ORDER.flatMap((reason): Agec58Exclusion[] => {
    const ps = left.get(reason);
    if (ps === undefined) return [];
    return [
      {
        reason,
        count: ps.length,
        amount: out(sumExact(ps.map((p) => p.amount))),
        lines: ps.flatMap((p) => (p.line === undefined ? [] : [p.line])),
      },
    ];
  });
  if (problems.length > 0) return { ok: false, rows: [], excluded, problems };
  const totals = new Map(agec58CategoryTotals(kept).map((t) => [t.category, t]));
  const rows: Agec58DeclarationRow[] = [];
  for (const [code, type] of Object.entries(AGEC58_PRODUCT_TYPES)) {
    const t = totals.get(code);
    if (t === undefined) continue;
    rows.push({
      annee: options.annee,
      siret: options.siret,
      raison_sociale: options.raisonSociale,
      type_produit_acquis: type,
      montant_total: out(t.amount),
      montant_reemploi_et_reutilisation: out(t.reuse.minus(t.donation)),
      montant_produits_issus_don: out(t.donation),
      montant_produits_recycles: out(t.recycled),
      lines: t.lines,
    });
  }
  return { ok: true, rows, excluded, problems };
}
