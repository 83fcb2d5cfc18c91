import { isDecimalInstance } from "./decimal-input.js";

/**
 * Serialises a value to JSON with every Decimal written as a string (nothing lost to floating point),
 * object keys in a stable sorted order, `undefined` members left out, and two-space indentation, so
 * that the same value always gives the same bytes.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { toJson } from "@nrs/core";
 * // written over 4 lines
 * console.log(toJson({ b: new Decimal("0.1"), a: 1 })); // {"a": 1, "b": "0.1"}
 * ```
 */
export function toJson(value: unknown, indent = 2): string {
  return JSON.stringify(toJsonValue(value), null, indent);
}

/**
 * The plain JSON value {@link toJson} writes: Decimals as strings, Dates as ISO strings, keys sorted.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { toJsonValue } from "@nrs/core";
 * const v = toJsonValue({ x: new Decimal("1.50") }) as { x: string };
 * if (v.x !== "1.5") throw new Error("unexpected");
 * ```
 */
export function toJsonValue(value: unknown): unknown {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new TypeError("toJson: non-finite number");
    }
    return value;
  }
  // Told by its tag, not loaded: a browser bundle that only writes decimal strings stays free of decimal.js.
  if (isDecimalInstance(value)) return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : toJsonValue(v)));
  if (value instanceof Map) return toJsonValue(Object.fromEntries(value));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined && typeof v !== "function") out[key] = toJsonValue(v);
  }
  return out;
}
