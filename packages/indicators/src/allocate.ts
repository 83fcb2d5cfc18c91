import type { Decimal } from "decimal.js";
import type { DecimalInput } from "@nrs/core";
import { allocateImpacts, type AllocateOptions, type AllocationBasis } from "./allocate-impacts.js";

/**
 * Splits a shared amount (a shared service's footprint, a syndicate's data centre) between entities,
 * conserving the total exactly: the value-only form of {@link allocateImpacts}, the one allocation rule
 * (each part but one is total × key / Σ keys truncated to `decimalPlaces`, the last entity with a
 * non-zero key takes the remainder, so the parts add up to the total digit for digit and none is
 * negative). Throws the `NrsError` of `allocateImpacts` (`@nrs/core`): `NRS_ALLOCATION_KEYS_SUM` when
 * custom shares do not sum to 1, `NRS_ALLOCATION_KEYS` when a key is negative or all keys are zero,
 * `NRS_NEGATIVE` for a negative total.
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
  const parts = allocateImpacts({ value: total }, basis, keys, options);
  return Object.fromEntries(Object.entries(parts).map(([k, p]) => [k, p.value]));
}
