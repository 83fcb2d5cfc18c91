/**
 * Placeholder until the package lands.
 * @example
 * ```ts
 * import { placeholder } from "@nrs/model";
 * console.log(placeholder);
 * ```
 */
export const placeholder = true;
