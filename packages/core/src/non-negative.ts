import { NrsError } from "./nrs-error.js";
import type { Message } from "./message.js";
import type { Problem, ProblemPath } from "./problem.js";

/** What the check reads of a number: a decimal.js `Decimal` or an exact value (`ex()`) fits. */
export interface Signed {
  isNegative(): boolean;
  isZero(): boolean;
  toString(): string;
}

/**
 * The problem `NRS_NEGATIVE` for a value below zero, or `undefined` (`-0` is zero, not negative): the
 * one non-negative check of the SDK, for the parsers that collect problems. Without a message, it says
 * which value was received.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { negativeProblem } from "@nrs/core";
 * console.log(negativeProblem(new Decimal(2), ["q"])); // undefined
 * console.log(negativeProblem(new Decimal("-0"), ["q"])); // undefined
 * console.log(negativeProblem(new Decimal(-2), ["q"])?.message.en); // The value must not be negative (got -2).
 * ```
 */
export function negativeProblem(value: Signed, path: ProblemPath, message?: Message): Problem | undefined {
  if (!value.isNegative() || value.isZero()) return undefined;
  const m = message ?? {
    fr: `La valeur ne peut pas être négative (reçu ${value.toString()}).`,
    en: `The value must not be negative (got ${value.toString()}).`,
  };
  return { code: "NRS_NEGATIVE", severity: "error", path, message: m };
}

/**
 * Returns the value, or throws an {@link NrsError} `NRS_NEGATIVE` when it is below zero: the same
 * check as {@link negativeProblem}, for the calculators that throw.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { assertNonNegative, NrsError } from "@nrs/core";
 * console.log(assertNonNegative(new Decimal(3), ["agents"]).toString()); // 3
 * try {
 *   assertNonNegative(new Decimal(-1), ["agents"], { fr: "Le nombre d'agents est négatif.", en: "The number of employees is negative." });
 * } catch (e) {
 *   console.log(e instanceof NrsError && e.problems[0]?.path); // ["agents"]
 * }
 * ```
 */
export function assertNonNegative<T extends Signed>(value: T, path: ProblemPath, message?: Message): T {
  const p = negativeProblem(value, path, message);
  if (p !== undefined) throw new NrsError([p]);
  return value;
}
