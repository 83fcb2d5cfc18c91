/**
 * Placeholder until the package lands.
 * @example
 * ```ts
 * import { placeholder } from "@nrs/report";
 * console.log(placeholder);
 * ```
 */
export const placeholder = true;
