import type { DecimalInput, Lang } from "@nrs/core";
import { publishedDecimals } from "@nrs/indicators";
import { formatNumber, formatQuantity } from "./format-number.js";

// The publication policy of @nrs/indicators (two decimals, three significant digits below 1, so that
// 0.0871 kgSbEq does not print as 0.09): the bilan's text, its charts and the open-data CSV show the
// same figures.

/** A figure of the bilan, rounded by the publication policy. */
export const num = (v: DecimalInput, lang: Lang): string => formatNumber(v, lang, { maxDecimals: publishedDecimals(v) });

/** A figure with its unit, rounded by the publication policy. */
export const qty = (v: DecimalInput, unit: string, lang: Lang): string =>
  formatQuantity(v, unit, lang, { maxDecimals: publishedDecimals(v) });
