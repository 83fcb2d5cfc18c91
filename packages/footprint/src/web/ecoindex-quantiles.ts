/**
 * The EcoIndex quantile tables: for each of the three page measures, the 21 boundaries (from the
 * HTTP Archive) that place a value on a scale from 0 to 20.
 *
 * Source: `cnumr/ecoindex_reference` `ecoindex_reference.json` (identical in `cnumr/ecoindex_python`
 * `ecoindex/data/quantiles.py` and `cnumr/GreenIT-Analysis` `script/ecoIndex.js`), as transcribed in
 * `DOMAIN-SOURCES.md` §4.3. These boundaries are published figures (facts) and are reproduced here as
 * data; no EcoIndex code is reused (the reference code is CC BY-NC-ND). Note that the LCA constants
 * EcoIndex uses to turn a score into GHG and water are **not under a free licence**
 * (« The LCA values used by ecoindex to evaluate environmental impacts are not under free license –
 * ©Frédéric Bordage », `cnumr/ecoindex_python` README).
 *
 * @example
 * ```ts
 * import { ECOINDEX_QUANTILES } from "@nrs/footprint";
 * console.log(ECOINDEX_QUANTILES.dom.length); // 21
 * ```
 */
export const ECOINDEX_QUANTILES = {
  /** Number of DOM elements (`dom_size`). */
  dom: [0, 47, 75, 159, 233, 298, 358, 417, 476, 537, 603, 674, 753, 843, 949, 1076, 1237, 1459, 1801, 2479, 594601],
  /** Number of HTTP requests (`nb_request`). */
  requests: [0, 2, 15, 25, 34, 42, 49, 56, 63, 70, 78, 86, 95, 105, 117, 130, 147, 170, 205, 281, 3920],
  /** Page weight in kilobytes (`response_size`), written as strings so the decimals stay exact. */
  sizeKb: [
    "0",
    "1.37",
    "144.7",
    "319.53",
    "479.46",
    "631.97",
    "783.38",
    "937.91",
    "1098.62",
    "1265.47",
    "1448.32",
    "1648.27",
    "1876.08",
    "2142.06",
    "2465.37",
    "2866.31",
    "3401.59",
    "4155.73",
    "5400.08",
    "8037.54",
    "223212.26",
  ],
} as const;

/**
 * The EcoIndex grade thresholds: a page gets the first grade whose threshold its (rounded) score
 * is strictly above; below every threshold it gets G. So a score of exactly 80 is a B.
 * Source: `cnumr/ecoindex_reference`, `cnumr/GreenIT-Analysis` (`DOMAIN-SOURCES.md` §4.3).
 *
 * @example
 * ```ts
 * import { ECOINDEX_GRADE_THRESHOLDS } from "@nrs/footprint";
 * console.log(ECOINDEX_GRADE_THRESHOLDS[0]); // ["A", 80]
 * ```
 */
export const ECOINDEX_GRADE_THRESHOLDS = [
  ["A", 80],
  ["B", 70],
  ["C", 55],
  ["D", 40],
  ["E", 25],
  ["F", 10],
] as const;
