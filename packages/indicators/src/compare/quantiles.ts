import { Decimal } from "decimal.js";
import { Exact, out } from "@nrs/core";

/**
 * The median and quartiles of a set of values, computed exactly.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import type { Quartiles } from "@nrs/indicators";
 * const q: Quartiles = { q1: new Decimal(1.5), median: new Decimal(2), q3: new Decimal(2.5), min: new Decimal(1), max: new Decimal(3) };
 * console.log(q.median.toString()); // 2
 * ```
 */
export interface Quartiles {
  /** Smallest value. */
  readonly min: Decimal;
  /** First quartile (25th percentile). */
  readonly q1: Decimal;
  /** Median (50th percentile). */
  readonly median: Decimal;
  /** Third quartile (75th percentile). */
  readonly q3: Decimal;
  /** Largest value. */
  readonly max: Decimal;
}

/**
 * The `p`-quantile of values sorted ascending, by linear interpolation between the closest ranks
 * (Hyndman & Fan's definition 7, the default of R, NumPy and spreadsheets' `QUARTILE.INC`):
 * `h = (n − 1) × p`, `Q = x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋ + 1] − x[⌊h⌋])`, 0-based. Exact: the interpolation
 * weight is a multiple of `p`, so nothing is rounded.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { quantile } from "@nrs/indicators";
 * console.log(quantile([1, 2, 3, 4].map((x) => new Decimal(x)), 0.25).toString()); // 1.75
 * ```
 */
export function quantile(sorted: readonly Decimal[], p: number | string): Decimal {
  if (sorted.length === 0) throw new RangeError("quantile of an empty list");
  const h = new Exact(sorted.length - 1).times(p);
  const lo = h.floor().toNumber();
  const low = sorted[lo]!;
  if (lo + 1 >= sorted.length) return low;
  const frac = h.minus(lo);
  return out(new Exact(low).plus(frac.times(new Exact(sorted[lo + 1]!).minus(low))));
}

/**
 * Minimum, quartiles (definition 7, see {@link quantile}) and maximum of a non-empty list of values.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { quartiles } from "@nrs/indicators";
 * const q = quartiles([3, 1, 2].map((x) => new Decimal(x)));
 * console.log(q.min.toString(), q.q1.toString(), q.median.toString(), q.q3.toString(), q.max.toString()); // 1 1.5 2 2.5 3
 * ```
 */
export function quartiles(values: readonly Decimal[]): Quartiles {
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  return {
    min: sorted[0]!,
    q1: quantile(sorted, "0.25"),
    median: quantile(sorted, "0.5"),
    q3: quantile(sorted, "0.75"),
    max: sorted[sorted.length - 1]!,
  };
}
