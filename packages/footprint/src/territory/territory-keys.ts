import { Exact, toDecimal, type DecimalInput, type ExactValue, type ProblemPath } from "@nrs/core";
import { MAX_TERRITORY_POPULATION, territoryError } from "./territory-problems.js";

/**
 * Reads a count of the territory (inhabitants, households, subscriptions): a whole number, at least
 * `min`, at most {@link MAX_TERRITORY_POPULATION}. Codes: `NRS_NOT_A_NUMBER`, `NRS_TERRITORY_BAD_COUNT`.
 *
 * @internal
 */
export function territoryCount(raw: DecimalInput, path: ProblemPath, what: { fr: string; en: string }, min: number): ExactValue {
  const d = toDecimal(raw, path);
  if (!d.isInteger() || d.lt(min) || d.gt(MAX_TERRITORY_POPULATION)) {
    throw territoryError(
      "NRS_TERRITORY_BAD_COUNT",
      path,
      `${what.fr} : nombre entier entre ${min} et ${MAX_TERRITORY_POPULATION.toLocaleString("fr-FR")} attendu (reçu ${d.toString()}).`,
      `${what.en}: a whole number between ${min} and ${MAX_TERRITORY_POPULATION.toLocaleString("en-GB")} is expected (got ${d.toString()}).`,
    );
  }
  return new Exact(d);
}
