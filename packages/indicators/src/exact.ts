import { Decimal } from "decimal.js";

/**
 * A private Decimal constructor for intermediate sums and products: with 120 significant digits the
 * sums, products and differences of indicator inputs are exact, so conservation properties (a roll-up
 * equals the sum of its parts, two effects add up to a change) hold digit for digit. Only genuine
 * divisions (a share, a mean) round, at 120 digits. The user's global Decimal settings are left alone.
 *
 * @internal
 */
export const Exact = /* @__PURE__ */ Decimal.clone({ precision: 120, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -30, toExpPos: 40 });

/** A value of the private constructor. @internal */
export type ExactValue = InstanceType<typeof Exact>;

/** Into the private constructor. @internal */
export function ex(x: Decimal | string | number): ExactValue {
  return new Exact(x);
}

/**
 * Back to a user-facing Decimal. Results of divisions are rounded to 34 significant digits (decimal128)
 * so that a share such as 1/3 does not print 120 digits; sums and products keep every digit.
 *
 * @internal
 */
export function out(x: ExactValue, divided = false): Decimal {
  return divided ? new Decimal(x.toSignificantDigits(34)) : new Decimal(x);
}

/** Exact sum of Decimals. @internal */
export function sum(values: Iterable<Decimal | ExactValue>): ExactValue {
  let s = new Exact(0);
  for (const v of values) s = s.plus(v);
  return s;
}
