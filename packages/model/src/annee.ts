import * as z from "zod/mini";

/**
 * zod/mini schema for a year (an integer from 1900 to 2200).
 *
 * @example
 * ```ts
 * import { zAnnee } from "@nrs/model";
 * console.log(zAnnee.safeParse(2025).success, zAnnee.safeParse(2025.5).success); // true false
 * ```
 */
export const zAnnee = z.int().check(z.gte(1900), z.lte(2200));
