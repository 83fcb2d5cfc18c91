import * as z from "zod/mini";
import { zDateIso } from "./date-iso.js";

/**
 * The adoption of a document by the collectivité: date, and the reference of the deliberation
 * (e.g. the `DELIB_ID` of the SCDL deliberations open-data schema) and the body that adopted it.
 *
 * @example
 * ```ts
 * import { AdoptionSchema } from "@nrs/model";
 * console.log(AdoptionSchema.safeParse({ date: "2024-12-12", deliberation: "DEL-2024-118" }).success);
 * ```
 */
export const AdoptionSchema = z.strictObject({
  /** Date of the deliberation. */
  date: zDateIso,
  /** Reference of the deliberation (e.g. SCDL `DELIB_ID`). */
  deliberation: z.optional(z.string().check(z.minLength(1))),
  /** e.g. « Conseil communautaire ». */
  instance: z.optional(z.string().check(z.minLength(1))),
});

/**
 * Output type of {@link AdoptionSchema}.
 *
 * @example
 * ```ts
 * import type { Adoption } from "@nrs/model";
 * const f = (a: Adoption): boolean => a.date <= "2025-01-01";
 * console.log(typeof f); // "function"
 * ```
 */
export type Adoption = z.output<typeof AdoptionSchema>;
