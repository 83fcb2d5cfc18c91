import type { Decimal } from "decimal.js";
import { out, toDecimal, type DecimalInput, type Message } from "@nrs/core";
import { agec58CategoryTotals } from "./agec58-category-totals.js";
import { datedInYear } from "./dated-in-year.js";
import type { IndicatorComponent } from "./indicator-value.js";
import {
  AGEC_CATEGORIES,
  PURCHASE_DECIMAL_KEYS,
  PurchaseSchema,
  type PurchaseRecord,
  type PurchaseRecordInput,
} from "./purchase-record.js";
import { recordsOf } from "./records-input.js";

/**
 * Options of {@link agecReuseShare}.
 *
 * @example
 * ```ts
 * import type { AgecReuseShareOptions } from "@nrs/indicators";
 * const o: AgecReuseShareOptions = { year: 2025, thresholds: { "informatique-telephonie": 25 } };
 * console.log(o.year);
 * ```
 */
export interface AgecReuseShareOptions {
  /** Calendar year of the purchases (by their date). */
  readonly year: number;
  /** Minimum share (%) per category code; defaults to the décret 2021-254 values of {@link AGEC_CATEGORIES}. */
  readonly thresholds?: Readonly<Record<string, DecimalInput>>;
}

/**
 * The AGEC art. 58 reuse share of one category for a year.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { agecReuseShare, type AgecCategoryShare } from "@nrs/indicators";
 * const s: AgecCategoryShare[] = agecReuseShare([{ date: "2025-01-05", category: "autre", amount: new Decimal(100), reuseAmount: new Decimal(10), line: 4 }], { year: 2025 });
 * console.log(s[0]?.category, s[0]?.value.toString(), s[0]?.lines); // autre 10 [ 4 ]
 * ```
 */
export interface AgecCategoryShare extends IndicatorComponent {
  /** AGEC category code. */
  readonly category: string;
  /** Lines of the purchases used. */
  readonly lines: readonly number[];
}

/**
 * The share of the year's spend from reuse or re-use per AGEC category (AGEC art. 58): Σ reuse amount
 * / Σ amount × 100, with the category's threshold as `reference` (met when share ≥ threshold).
 * A category with no spend in the year is absent.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { agecReuseShare } from "@nrs/indicators";
 * const p = (amount: string, reuse: string) => ({ date: "2024-03-01", category: "informatique-telephonie", amount: new Decimal(amount), reuseAmount: new Decimal(reuse) });
 * const s = agecReuseShare([p("40000", "6000"), p("10000", "4000")], { year: 2024 });
 * console.log(s[0]?.value.toString(), s[0]?.reference?.met); // 20 true
 * ```
 */
export function agecReuseShare(purchases: readonly PurchaseRecordInput[], options: AgecReuseShareOptions): AgecCategoryShare[] {
  const records = recordsOf<PurchaseRecord>(purchases, PurchaseSchema, PURCHASE_DECIMAL_KEYS, "purchases");
  const result: AgecCategoryShare[] = [];
  for (const a of agec58CategoryTotals(records.filter((p) => datedInYear(p.date, options.year)))) {
    const { category } = a;
    if (a.amount.isZero()) continue;
    const value = out(a.reuse.dividedBy(a.amount).times(100), true);
    const given = options.thresholds?.[category];
    const fallback = AGEC_CATEGORIES.find((c) => c.code === category)?.reuseThresholdPct;
    const threshold: Decimal | undefined =
      given !== undefined ? toDecimal(given, ["thresholds", category]) : fallback !== undefined ? toDecimal(fallback) : undefined;
    const label: Message = { fr: `Seuil AGEC art. 58 (${category})`, en: `AGEC art. 58 threshold (${category})` };
    result.push({
      category,
      value,
      numerator: out(a.reuse),
      denominator: out(a.amount),
      lines: a.lines,
      // eslint-disable-next-line no-restricted-syntax -- the reference is built from the threshold (value, met, label), not the value passed on
      ...(threshold === undefined ? {} : { reference: { value: threshold, met: value.gte(threshold), label } }),
    });
  }
  return result;
}
