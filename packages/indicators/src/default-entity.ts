/**
 * The entity of a record that names none.
 *
 * @example
 * ```ts
 * import { DEFAULT_ENTITY } from "@nrs/indicators";
 * console.log(DEFAULT_ENTITY); // epci
 * ```
 */
export const DEFAULT_ENTITY = "epci";
