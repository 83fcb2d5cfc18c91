import type { DecimalInput, Lang } from "@nrs/core";
import { publishedDecimals } from "@nrs/indicators";
import { formatNumber, formatQuantity } from "./format-number.js";

// The publication policy of @nrs/indicators (two decimals, three significant digits below 1, so that
// 0.0871 kgSbEq does not print as 0.09): the bilan's text, its charts and the open-data CSV show the
// same figures.

/**
 * Writes a figure as the bilan prints it: the publication rounding of `@nrs/indicators`
 * (`publishedDecimals`: two decimals, three significant digits below 1), then {@link formatNumber}.
 * Exported as `formatPublished`.
 *
 * @example
 * ```ts
 * import { formatPublished } from "@nrs/report";
 * console.log(formatPublished("92.51096427569", "fr"), formatPublished("0.0871234", "en")); // 92,51 0.0871
 * ```
 */
export const num = (v: DecimalInput, lang: Lang): string => formatNumber(v, lang, { maxDecimals: publishedDecimals(v) });

/**
 * {@link num} followed by its unit, as {@link formatQuantity} writes it. Exported as
 * `formatPublishedQuantity`.
 *
 * @example
 * ```ts
 * import { formatPublishedQuantity } from "@nrs/report";
 * console.log(formatPublishedQuantity("0.90243", "kgCO2e/habitant", "en")); // 0.902 kgCO2e/habitant
 * ```
 */
export const qty = (v: DecimalInput, unit: string, lang: Lang): string =>
  formatQuantity(v, unit, lang, { maxDecimals: publishedDecimals(v) });
