import { Decimal } from "decimal.js";

/**
 * A private Decimal constructor for intermediate arithmetic. decimal.js rounds every product and sum to
 * `precision` significant digits (20 by default); the inputs of these calculators (a byte count of up to
 * 16 digits times coefficients of a few digits times grid intensities) never need more than ~40, so with
 * 120 digits additions and multiplications are exact. Only genuine divisions (a mean of three, a share
 * of a lifespan) can round, and each place that divides says so. The global `Decimal` configuration is
 * left alone: a library must not change its user's settings.
 *
 * @internal
 */
export const Exact = /* @__PURE__ */ Decimal.clone({ precision: 120, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -30, toExpPos: 40 });

/** A value of the private constructor; structurally the same class as `Decimal`. @internal */
export type ExactValue = InstanceType<typeof Exact>;

/** Copies a value of the private constructor into a user-facing `Decimal`, digit for digit (no rounding). @internal */
export function out(x: ExactValue): Decimal {
  return new Decimal(x);
}

/** Brings a user-facing Decimal (or a decimal literal written in the source) into the private constructor. @internal */
export function ex(x: Decimal | string | number): ExactValue {
  return new Exact(x);
}
