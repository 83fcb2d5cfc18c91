/**
 * The type of an object without its `undefined` values: a key whose type admits `undefined` becomes
 * optional (and cannot hold `undefined`), the others stay as they are.
 *
 * @example
 * ```ts
 * import type { DefinedProps } from "@nrs/core";
 * const o: DefinedProps<{ a: number; b: string | undefined }> = { a: 1 };
 * console.log(Object.keys(o)); // ["a"]
 * ```
 */
export type DefinedProps<T extends object> = {
  readonly [K in keyof T as undefined extends T[K] ? never : K]: T[K];
} & {
  readonly [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/**
 * A copy of an object without the keys whose value is `undefined`: the one way, with
 * `exactOptionalPropertyTypes`, to pass optional fields on (`{ ...definedProps({ line, column }) }`
 * instead of one `x === undefined ? {} : { x }` spread per field).
 *
 * @example
 * ```ts
 * import { definedProps } from "@nrs/core";
 * const line: number | undefined = 12;
 * const column: number | undefined = undefined;
 * console.log({ code: "X", ...definedProps({ line, column }) }); // { code: "X", line: 12 }
 * ```
 */
export function definedProps<T extends object>(props: T): DefinedProps<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined) out[k] = v;
  return out as DefinedProps<T>;
}
