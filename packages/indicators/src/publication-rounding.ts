import { Decimal } from "decimal.js";
import { NrsError, problem, toDecimal, type DecimalInput } from "@nrs/core";

/**
 * How {@link roundForPublication} rounds a value: the default policy, a fixed number of decimals, or
 * not at all.
 *
 * @example
 * ```ts
 * import { roundForPublication, type PublicationRounding } from "@nrs/indicators";
 * const keep: PublicationRounding = { exact: true };
 * console.log(roundForPublication("92.510964275691839731684", keep).toString()); // 92.510964275691839731684
 * ```
 */
export interface PublicationRounding {
  /** Publish the exact value, every digit kept (`decimals` is then ignored). Default false. */
  readonly exact?: boolean;
  /** Round to this many decimals (an integer from 0 to 100) instead of {@link publishedDecimals}. */
  readonly decimals?: number;
}

/** Decimals of the default policy for magnitudes of at least 1 (and zero). */
const DECIMALS = 2;
/** Significant digits the default policy keeps below 1, so that 0.0871 does not become 0.09. */
const SMALL_SIGNIFICANT = 3;

/**
 * The number of decimals a published value keeps under the default policy: 2 when its magnitude is at
 * least 1 (or it is zero), otherwise as many as give 3 significant digits (0.902, 0.0871, 0.000412).
 * The bilan (`@nrs/report`) prints indicator values with the same number of decimals, so that the open
 * data and the report show the same figure.
 *
 * @example
 * ```ts
 * import { publishedDecimals } from "@nrs/indicators";
 * console.log(publishedDecimals("109588.488"), publishedDecimals("0.9024"), publishedDecimals("-0.0871")); // 2 3 4
 * ```
 */
export function publishedDecimals(value: DecimalInput): number {
  const d = toDecimal(value);
  if (d.isZero() || d.abs().gte(1)) return DECIMALS;
  // decimal.js keeps the base-10 exponent: 0.0871 has e = -2, so 3 significant digits need 4 decimals.
  return -d.e + SMALL_SIGNIFICANT - 1;
}

/**
 * Rounds a value for publication (open-data CSV, printed reports), never for computation: the exact
 * value stays in {@link IndicatorValue} and in the JSON exports. Rounds to {@link publishedDecimals}
 * decimals (or `options.decimals`), **half away from zero** (0.125 → 0.13, −0.125 → −0.13): the rule
 * of the bilan's `formatNumber` (`@nrs/report`) and of the `nrs` command, and the one a reader checks by
 * hand, so that a published figure and the printed one never differ in the last digit. It is symmetric
 * around zero, and half-to-even would only change exact ties, which computed ratios practically never
 * are. A value that already has no more decimals than kept (an integer, 473.2, 6.5) is returned
 * unchanged; trailing zeros are not written. Throws an `NrsError` `NRS_BAD_DECIMALS` when `decimals` is
 * not an integer from 0 to 100.
 *
 * @example
 * ```ts
 * import { roundForPublication } from "@nrs/indicators";
 * console.log(roundForPublication("92.51096427569183973168").toString()); // 92.51
 * console.log(roundForPublication("0.90243079358831783843").toString()); // 0.902
 * console.log(roundForPublication("0.125", { decimals: 2 }).toString()); // 0.13
 * console.log(roundForPublication("473.2").toString(), roundForPublication(384).toString()); // 473.2 384
 * ```
 */
export function roundForPublication(value: DecimalInput, options: PublicationRounding = {}): Decimal {
  const d = toDecimal(value);
  if (options.exact === true) return d;
  const asked = options.decimals;
  // Only the caller's choice is bounded: the default policy may need more than 100 decimals to keep
  // three significant digits of a tiny value (1e-99 needs 101).
  if (asked !== undefined && (!Number.isInteger(asked) || asked < 0 || asked > 100)) {
    throw new NrsError([
      problem(
        "NRS_BAD_DECIMALS",
        ["decimals"],
        `Nombre de décimales invalide : ${String(asked)} (entier de 0 à 100 attendu).`,
        `Invalid number of decimals: ${String(asked)} (an integer from 0 to 100 expected).`,
      ),
    ]);
  }
  const places = asked ?? publishedDecimals(d);
  const rounded = d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  // -0.001 rounded to 2 decimals is a negative zero; publish it as 0.
  return rounded.isZero() ? new (d.constructor as typeof Decimal)(0) : rounded;
}
