/**
 * Placeholder until the package lands.
 * @example
 * ```ts
 * import { placeholder } from "@nrs/indicators";
 * console.log(placeholder);
 * ```
 */
export const placeholder = true;
