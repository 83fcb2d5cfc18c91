/**
 * Placeholder until the package lands.
 * @example
 * ```ts
 * import { placeholder } from "@nrs/cli";
 * console.log(placeholder);
 * ```
 */
export const placeholder = true;
