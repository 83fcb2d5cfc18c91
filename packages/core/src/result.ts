import type { Problem } from "./problem.js";

/**
 * The outcome of a function that does not throw on bad data: either the value, or every problem found.
 *
 * @example
 * ```ts
 * import { ok, fail, type Result } from "@nrs/core";
 * function half(n: number): Result<number> {
 *   return n % 2 === 0
 *     ? ok(n / 2)
 *     : fail([{ code: "ODD", severity: "error", path: [], message: { fr: "Impair", en: "Odd" } }]);
 * }
 * const r = half(4);
 * if (!r.ok || r.value !== 2) throw new Error("unexpected");
 * ```
 */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly Problem[] };

/**
 * A successful {@link Result}.
 *
 * @example
 * ```ts
 * import { ok } from "@nrs/core";
 * console.log(ok(42).ok); // true
 * ```
 */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * A failed {@link Result} carrying its problems.
 *
 * @example
 * ```ts
 * import { fail } from "@nrs/core";
 * const r = fail([{ code: "X", severity: "error", path: [], message: { fr: "x", en: "x" } }]);
 * console.log(r.ok); // false
 * ```
 */
export function fail<T = never>(errors: readonly Problem[]): Result<T> {
  return { ok: false, errors };
}
