import { Decimal } from "decimal.js";

/**
 * The SDK's private Decimal constructor for intermediate arithmetic. decimal.js rounds every sum and
 * product to `precision` significant digits (20 by default), which would break conservation (a total
 * equal to the sum of its parts, two effects adding up to a change). With 120 digits the sums, products
 * and differences of the SDK's inputs are exact; only genuine divisions (a share, a mean, a lifetime
 * fraction) round, and each place that divides says so. The user's global `Decimal` settings are left
 * alone: a library must not change them.
 *
 * @example
 * ```ts
 * import { Exact } from "@nrs/core";
 * const big = new Exact("123456789012345678901234567890").times("1.000000000000000000001");
 * // every digit kept
 * console.log(big.toFixed()); // 123456789012345678901358024679.01234567890123456789
 * ```
 */
export const Exact = /* @__PURE__ */ Decimal.clone({
  precision: 120,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 40,
});

/** A value of the {@link Exact} constructor; structurally the same class as `Decimal`. */
export type ExactValue = InstanceType<typeof Exact>;

/**
 * Brings a Decimal, a decimal string or a number into the {@link Exact} constructor.
 *
 * @example
 * ```ts
 * import { ex } from "@nrs/core";
 * console.log(ex("0.1").plus("0.2").toString()); // "0.3"
 * ```
 */
export function ex(x: Decimal | string | number): ExactValue {
  return new Exact(x);
}

/**
 * Copies an {@link Exact} value into a user-facing `Decimal`. Sums and products keep every digit;
 * the result of a division (`divided = true`) is rounded to 34 significant digits (decimal128), so that
 * a share such as 1/3 does not print 120 digits.
 *
 * @example
 * ```ts
 * import { ex, out } from "@nrs/core";
 * // "0." and 34 digits
 * console.log(out(ex(1).div(3), true).toString().length); // 36
 * ```
 */
export function out(x: ExactValue, divided = false): Decimal {
  return divided ? new Decimal(x.toSignificantDigits(34)) : new Decimal(x);
}

/**
 * Exact sum of Decimals (of any constructor), as an {@link Exact} value.
 *
 * @example
 * ```ts
 * import { sumExact } from "@nrs/core";
 * console.log(sumExact(["0.1", "0.2", "0.3"]).toString()); // "0.6"
 * ```
 */
export function sumExact(values: Iterable<Decimal | ExactValue | string | number>): ExactValue {
  let s = new Exact(0);
  for (const v of values) s = s.plus(v);
  return s;
}
