import { toDecimal, type DecimalInput } from "@nrs/core";

/**
 * The RGAA conformity state: `totale` (100 %), `partielle` (≥ 50 %), `non-conforme` (< 50 % or no valid audit).
 *
 * @example
 * ```ts
 * import { rgaaState, type RgaaState } from "@nrs/indicators";
 * const s: RgaaState = rgaaState(76);
 * console.log(s); // partielle
 * ```
 */
export type RgaaState = "totale" | "partielle" | "non-conforme";

/**
 * The RGAA conformity state of a conformity rate (%): « Conformité totale » when every criterion is
 * met, « partielle » when at least 50 % are, « non-conformité » otherwise (RGAA 4.1, obligations).
 *
 * @example
 * ```ts
 * import { rgaaState } from "@nrs/indicators";
 * console.log(rgaaState(100), rgaaState("50"), rgaaState(49.9)); // totale partielle non-conforme
 * ```
 */
export function rgaaState(ratePct: DecimalInput): RgaaState {
  const r = toDecimal(ratePct);
  return r.gte(100) ? "totale" : r.gte(50) ? "partielle" : "non-conforme";
}
