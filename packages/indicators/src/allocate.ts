import type { Decimal } from "decimal.js";
import { assertNonNegative, ex, Exact, NrsError, out, toDecimal, type DecimalInput, type ExactValue } from "@nrs/core";

/**
 * How a shared amount is split: by `population`, `agents` or `devices` (keys are counts, shares are proportional
 * to them), or by `custom` shares (keys are fractions that must sum to exactly 1).
 *
 * @example
 * ```ts
 * import { allocate, type AllocationBasis } from "@nrs/indicators";
 * const by: AllocationBasis = "agents";
 * console.log(allocate(90, by, { a: 10, b: 20 })["b"]?.toString()); // 60
 * ```
 */
export type AllocationBasis = "population" | "agents" | "devices" | "custom";

/**
 * Options of {@link allocate}.
 *
 * @example
 * ```ts
 * import { allocate, type AllocateOptions } from "@nrs/indicators";
 * const o: AllocateOptions = { decimalPlaces: 2 };
 * console.log(Object.values(allocate(10, "population", { a: 1, b: 1, c: 1 }, o)).map(String)); // [ "3.33", "3.33", "3.34" ]
 * ```
 */
export interface AllocateOptions {
  /** Decimal places of each share but the last (default 10), so that parts stay short and sum exactly even in 20-digit Decimal arithmetic. */
  readonly decimalPlaces?: number;
}

/**
 * Splits a shared amount (a shared service's footprint, a syndicate's data centre) between entities,
 * conserving the total exactly: each share is total × key / Σ keys rounded to `decimalPlaces` (half to
 * even), and the last entity (in key order) receives total minus the others, so the parts always add up to the total digit for digit even when
 * a division rounds. Throws an `NrsError` (`@nrs/core`): `NRS_ALLOCATION_KEYS_SUM` when custom shares do not
 * sum to 1, `NRS_ALLOCATION_KEYS` when a key is negative or all keys are zero, `NRS_NEGATIVE` for a
 * negative total.
 *
 * @example
 * ```ts
 * import { allocate } from "@nrs/indicators";
 * const parts = allocate(1000, "population", { "26901": 30000, "26902": 15000, "26903": 15000 });
 * console.log(Object.values(parts).map((d) => d.toFixed(2)).join(" ")); // 500.00 250.00 250.00
 * const custom = allocate("100", "custom", { epci: "0.5", "26901": "0.25", "26902": "0.25" });
 * console.log(custom["26902"]?.toString()); // 25
 * ```
 */
export function allocate(
  total: DecimalInput,
  basis: AllocationBasis,
  keys: Readonly<Record<string, DecimalInput>>,
  options: AllocateOptions = {},
): Record<string, Decimal> {
  const places = options.decimalPlaces ?? 10;
  const t = ex(toDecimal(total, ["total"]));
  assertNonNegative(t, ["total"], { fr: "Le montant à répartir est négatif.", en: "The amount to allocate is negative." });
  const entries = Object.entries(keys).map(([k, v]) => [k, ex(toDecimal(v, ["keys", k]))] as [string, ExactValue]);
  const bad = entries.find(([, v]) => v.isNegative());
  if (bad !== undefined)
    throw keysError(
      "NRS_ALLOCATION_KEYS",
      [bad[0]],
      `Clé de répartition négative pour ${bad[0]}.`,
      `Negative allocation key for ${bad[0]}.`,
    );
  const sum = entries.reduce((s, [, v]) => s.plus(v), new Exact(0));
  if (entries.length === 0 || sum.isZero())
    throw keysError("NRS_ALLOCATION_KEYS", [], "Aucune clé de répartition non nulle.", "No non-zero allocation key.");
  if (basis === "custom" && !sum.eq(1)) {
    throw keysError(
      "NRS_ALLOCATION_KEYS_SUM",
      [],
      `Les parts de répartition doivent faire 1 au total (somme : ${sum.toString()}).`,
      `Allocation shares must add up to 1 (sum: ${sum.toString()}).`,
    );
  }
  const result: Record<string, Decimal> = {};
  let given = new Exact(0);
  entries.forEach(([k, v], i) => {
    const part = i === entries.length - 1 ? t.minus(given) : t.times(v).dividedBy(sum).toDecimalPlaces(places, Exact.ROUND_HALF_EVEN);
    given = given.plus(part);
    result[k] = out(part);
  });
  return result;
}

function keysError(code: string, path: string[], fr: string, en: string): NrsError {
  return new NrsError([{ code, severity: "error", path: ["keys", ...path], message: { fr, en } }]);
}
