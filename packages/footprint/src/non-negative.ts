import { assertNonNegative, Exact, toDecimal, type DecimalInput, type ExactValue, type ProblemPath } from "@nrs/core";

/**
 * Reads a quantity that must be finite and not negative into the private exact constructor. Plain
 * non-negative numbers take a short path, because byte counts go through here a million times a run.
 *
 * @internal
 */
export function nonNegative(value: DecimalInput, path: ProblemPath): ExactValue {
  if (typeof value === "number" && value >= 0 && value !== Infinity) return new Exact(value);
  const d = toDecimal(value, path);
  assertNonNegative(d, path, {
    fr: `La valeur ne peut pas être négative (reçu ${d.toString()}).`,
    en: `Value must not be negative (got ${d.toString()}).`,
  });
  return new Exact(d);
}
