/**
 * Placeholder until the package lands.
 * @example
 * ```ts
 * import { placeholder } from "@nrs/footprint";
 * console.log(placeholder);
 * ```
 */
export const placeholder = true;
