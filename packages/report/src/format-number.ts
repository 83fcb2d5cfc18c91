import { Decimal } from "decimal.js";
import { toDecimal, type DecimalInput, type Lang } from "@nrs/core";

/** How {@link formatNumber} rounds and pads. */
export interface NumberFormatOptions {
  /** Exact number of decimals (padded with zeros). Takes precedence over `maxDecimals`. */
  readonly decimals?: number;
  /** Largest number of decimals; trailing zeros are dropped. Default 2. */
  readonly maxDecimals?: number;
  /** Write a `+` in front of positive values (for changes). Default false. */
  readonly signed?: boolean;
}

/**
 * Narrow no-break space (U+202F): the French thousands separator of CLDR.
 *
 * @example
 * ```ts
 * import { formatNumber, NNBSP } from "@nrs/report";
 * console.log(formatNumber(12000, "fr") === `12${NNBSP}000`); // true
 * ```
 */
export const NNBSP = "\u202F";
/**
 * No-break space (U+00A0): between a number and its unit, and before `%`.
 *
 * @example
 * ```ts
 * import { formatQuantity, NBSP } from "@nrs/report";
 * console.log(formatQuantity(5, "%", "fr") === `5${NBSP}%`); // true
 * ```
 */
export const NBSP = "\u00A0";

/**
 * Formats a decimal for people, without `Intl`, so that the bytes are the same in every browser and
 * Node version (ICU data differ: some give U+00A0, others U+202F as the French group separator).
 * French: `1 234 567,89` with narrow no-break spaces (U+202F) and a decimal comma, minus sign U+2212;
 * English: `1,234,567.89`. Rounding is half away from zero (as people round by hand).
 *
 * @example
 * ```ts
 * import { formatNumber } from "@nrs/report";
 * if (formatNumber("1234567.891", "fr") !== "1\u202F234\u202F567,89") throw new Error("fr");
 * console.log(formatNumber(1234.5, "en", { decimals: 2 })); // 1,234.50
 * ```
 */
export function formatNumber(value: DecimalInput, lang: Lang, options: NumberFormatOptions = {}): string {
  const d = toDecimal(value);
  const fixed =
    options.decimals !== undefined
      ? d.toFixed(options.decimals, Decimal.ROUND_HALF_UP)
      : trimZeros(d.toFixed(options.maxDecimals ?? 2, Decimal.ROUND_HALF_UP));
  const negative = fixed.startsWith("-");
  const body = negative ? fixed.slice(1) : fixed;
  const [int = "0", frac] = body.split(".");
  const group = lang === "fr" ? NNBSP : ",";
  const point = lang === "fr" ? "," : ".";
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const isZero = /^[0.]*$/.test(body);
  const sign = negative && !isZero ? (lang === "fr" ? "\u2212" : "-") : options.signed && !isZero ? "+" : "";
  return sign + grouped + (frac ? point + frac : "");
}

function trimZeros(s: string): string {
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

/**
 * Formats a quantity with its unit, separated by a no-break space (`12,5 %`, `3 400 kgCO2e`).
 *
 * @example
 * ```ts
 * import { formatQuantity } from "@nrs/report";
 * // with a no-break space
 * console.log(formatQuantity("12.5", "%", "fr")); // 12,5 %
 * ```
 */
export function formatQuantity(value: DecimalInput, unit: string, lang: Lang, options: NumberFormatOptions = {}): string {
  const n = formatNumber(value, lang, options);
  if (unit === "") return n;
  // English writes "12.5%" but "3,400 kgCO2e"; French always separates.
  if (unit === "%" && lang === "en") return n + "%";
  return n + NBSP + unit;
}
