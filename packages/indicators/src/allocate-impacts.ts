import type { Decimal } from "decimal.js";
import {
  assertNonNegative,
  definedProps,
  ex,
  Exact,
  NrsError,
  out,
  problem,
  toDecimal,
  type DecimalInput,
  type ExactValue,
} from "@nrs/core";

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
 * Options of {@link allocateImpacts} (and of `allocate`, its value-only form).
 *
 * @example
 * ```ts
 * import { allocate, type AllocateOptions } from "@nrs/indicators";
 * const o: AllocateOptions = { decimalPlaces: 2 };
 * console.log(Object.values(allocate(10, "population", { a: 1, b: 1, c: 1 }, o)).map(String)); // [ "3.33", "3.33", "3.34" ]
 * ```
 */
export interface AllocateOptions {
  /** Decimal places of each part but the remainder (default 10), so that parts stay short and sum exactly even in 20-digit Decimal arithmetic. */
  readonly decimalPlaces?: number;
}

/**
 * One quantity to split with {@link allocateImpacts}: a central value and, optionally, its low and high
 * bounds (an impact cell's `min` and `max`), all non-negative with `min ≤ value ≤ max`.
 *
 * @example
 * ```ts
 * import type { ImpactQuantity } from "@nrs/indicators";
 * const q: ImpactQuantity = { value: "2712.14", min: "2500", max: "3000" };
 * console.log(q.min); // 2500
 * ```
 */
export interface ImpactQuantity {
  readonly value: DecimalInput;
  readonly min?: DecimalInput;
  readonly max?: DecimalInput;
}

/**
 * One entity's part of an {@link ImpactQuantity}: `min` and `max` are present when the quantity had them.
 *
 * @example
 * ```ts
 * import { allocateImpacts, type ImpactPart } from "@nrs/indicators";
 * const p: ImpactPart | undefined = allocateImpacts({ value: 100, min: 80, max: 120 }, "agents", { a: 3, b: 1 })["b"];
 * console.log(p?.min?.toString(), p?.value.toString(), p?.max?.toString()); // 20 25 30
 * ```
 */
export interface ImpactPart {
  readonly value: Decimal;
  readonly min?: Decimal;
  readonly max?: Decimal;
}

interface Weights {
  readonly entries: readonly (readonly [string, ExactValue])[];
  readonly sum: ExactValue;
  /** Index of the entity that takes the remainder: the last one with a non-zero key. */
  readonly last: number;
}

function keysError(path: string[], fr: string, en: string, code: "NRS_ALLOCATION_KEYS" | "NRS_ALLOCATION_KEYS_SUM"): NrsError {
  return new NrsError([problem(code, ["keys", ...path], fr, en)]);
}

function weights(basis: AllocationBasis, keys: Readonly<Record<string, DecimalInput>>): Weights {
  const entries = Object.entries(keys).map(([k, v]) => [k, ex(toDecimal(v, ["keys", k]))] as const);
  const bad = entries.find(([, v]) => v.isNegative() && !v.isZero());
  if (bad !== undefined)
    throw keysError(
      [bad[0]],
      `Clé de répartition négative pour ${bad[0]}.`,
      `Negative allocation key for ${bad[0]}.`,
      "NRS_ALLOCATION_KEYS",
    );
  const sum = entries.reduce((s, [, v]) => s.plus(v), new Exact(0));
  if (entries.length === 0 || sum.isZero())
    throw keysError([], "Aucune clé de répartition non nulle.", "No non-zero allocation key.", "NRS_ALLOCATION_KEYS");
  if (basis === "custom" && !sum.eq(1)) {
    const s = sum.toString();
    throw keysError(
      [],
      `Les parts de répartition doivent faire 1 au total (somme : ${s}).`,
      `Allocation shares must add up to 1 (sum: ${s}).`,
      "NRS_ALLOCATION_KEYS_SUM",
    );
  }
  let last = entries.length - 1;
  while (entries[last]![1].isZero()) last--;
  return { entries, sum, last };
}

/**
 * The one rule: each entity but the one taking the remainder gets q × key / Σ keys truncated (rounded
 * toward zero) to `places` decimals, computed exactly; the last entity with a non-zero key gets
 * q − Σ the others. Truncation keeps Σ the others ≤ q × (1 − its key / Σ keys), so the remainder is never
 * below its exact share: no part is negative, and an entity whose key is zero gets exactly 0.
 */
function split(q: ExactValue, w: Weights, places: number): ExactValue[] {
  const scale = new Exact(10).pow(places);
  let given: ExactValue = new Exact(0);
  return w.entries.map(([, k], i) => {
    if (i === w.last) return q.minus(given);
    const part = q.times(k).times(scale).dividedToIntegerBy(w.sum).dividedBy(scale);
    given = given.plus(part);
    return part;
  });
}

function amount(x: DecimalInput, name: string): ExactValue {
  const v = ex(toDecimal(x, [name]));
  assertNonNegative(v, [name], { fr: "Le montant à répartir est négatif.", en: "The amount to allocate is negative." });
  return v;
}

/**
 * Splits one exact quantity (a shared service's impact cell, an indicator's value) between entities by
 * their keys: `population`, `agents` or `devices` (counts), or `custom` shares adding up to exactly 1.
 * The one allocation rule of the SDK, which `allocate`, `allocateSharedFootprints` and `allocateResults`
 * all use:
 *
 * - each part but one is quantity × key / Σ keys **truncated** to `decimalPlaces` (10 by default),
 *   computed exactly;
 * - the **last entity with a non-zero key** (in key order) takes the remainder, quantity − Σ the other
 *   parts, so the parts add up to the quantity digit for digit; truncating the others makes the
 *   remainder at least its exact share, so no part is ever negative, and a zero key gets exactly 0;
 * - with bounds, the low bound is split, then the gaps `value − min` and `max − value`, and each part is
 *   rebuilt from them (its value = its low part + its part of the lower gap…): every part keeps
 *   min ≤ value ≤ max and each of value, min and max adds up exactly. Without bounds (or when they equal
 *   the value) the value is split directly.
 *
 * Throws an `NrsError` (`@nrs/core`): `NRS_ALLOCATION_KEYS_SUM` when custom shares do not sum to 1,
 * `NRS_ALLOCATION_KEYS` when a key is negative or all keys are zero, `NRS_NEGATIVE` for a negative
 * quantity, `NRS_BAD_RANGE` when `min ≤ value ≤ max` does not hold.
 *
 * @example
 * ```ts
 * import { allocateImpacts } from "@nrs/indicators";
 * const parts = allocateImpacts({ value: 10 }, "population", { a: 1, b: 1, c: 1 });
 * // the last entity takes the remainder: the parts add up to 10 digit for digit
 * console.log(Object.values(parts).map((p) => p.value.toString()).join(" ")); // 3.3333333333 3.3333333333 3.3333333334
 * const cell = allocateImpacts({ value: 100, min: 80, max: 120 }, "agents", { a: 3, b: 1 });
 * console.log(cell.a?.min?.toString(), cell.a?.value.toString(), cell.a?.max?.toString()); // 60 75 90
 * const zero = allocateImpacts({ value: "2712.14" }, "custom", { epci: "0.7", ville: "0.3", ccas: "0" });
 * console.log(zero.ville?.value.toString(), zero.ccas?.value.toString()); // 813.642 0
 * ```
 */
export function allocateImpacts(
  quantity: ImpactQuantity,
  basis: AllocationBasis,
  keys: Readonly<Record<string, DecimalInput>>,
  options: AllocateOptions = {},
): Record<string, ImpactPart> {
  const places = options.decimalPlaces ?? 10;
  const w = weights(basis, keys);
  const v = amount(quantity.value, "value");
  const lo = quantity.min === undefined ? v : amount(quantity.min, "min");
  const hi = quantity.max === undefined ? v : amount(quantity.max, "max");
  if (lo.gt(v) || v.gt(hi)) {
    const range = `${lo.toString()} / ${v.toString()} / ${hi.toString()}`;
    throw new NrsError([
      problem(
        "NRS_BAD_RANGE",
        [],
        `Bornes dans le désordre (min / valeur / max) : ${range}.`,
        `Bounds out of order (min / value / max): ${range}.`,
      ),
    ]);
  }
  const low = split(lo, w, places);
  const below = lo.eq(v) ? undefined : split(v.minus(lo), w, places);
  const above = hi.eq(v) ? undefined : split(hi.minus(v), w, places);
  const result: Record<string, ImpactPart> = {};
  w.entries.forEach(([k], i) => {
    const value = below === undefined ? low[i]! : low[i]!.plus(below[i]!);
    result[k] = {
      value: out(value),
      ...definedProps({
        min: quantity.min === undefined ? undefined : out(low[i]!),
        max: quantity.max === undefined ? undefined : out(above === undefined ? value : value.plus(above[i]!)),
      }),
    };
  });
  return result;
}
