import type { Decimal } from "decimal.js";
import { ex, out } from "@nrs/core";

/**
 * A lifetime as the amortisation window needs it: whole years (added on the calendar) and the fraction
 * of a year as days of 365.25, exact, with its ceiling so that comparisons with whole day numbers stay
 * exact and cheap. @internal
 */
export interface LifetimeInfo {
  /** The lifetime as text (a grouping key). */
  readonly key: string;
  readonly value: Decimal;
  readonly wholeYears: number;
  /** The fractional part of the lifetime as days of 365.25, exact (not rounded). */
  readonly fractionDays: Decimal;
  /** The smallest whole number of days ≥ `fractionDays`. */
  readonly fractionCeil: number;
  /** True when `fractionDays` is a whole number of days. */
  readonly fractionWhole: boolean;
}

/** The parts of a lifetime (years > 0) that the amortisation window needs. @internal */
export function lifetimeInfo(v: Decimal): LifetimeInfo {
  const whole = v.floor();
  const fraction = ex(v).minus(ex(whole)).times("365.25");
  const ceil = fraction.ceil();
  return {
    key: v.toString(),
    value: v,
    wholeYears: whole.toNumber(),
    fractionDays: out(fraction),
    fractionCeil: ceil.toNumber(),
    fractionWhole: ceil.eq(fraction),
  };
}
