import * as z from "zod/mini";
import { zAnnee } from "./annee.js";

/**
 * A legal population figure: the number of inhabitants, which kind of population it is and its
 * vintage (millésime: the year of the figure, e.g. 2021 for the populations in force on 1 January 2024).
 *
 * @example
 * ```ts
 * import { PopulationSchema } from "@nrs/model";
 * console.log(PopulationSchema.safeParse({ valeur: 120000, type: "totale", millesime: 2021 }).success);
 * ```
 */
export const PopulationSchema = z.strictObject({
  /** Number of inhabitants. */
  valeur: z.int().check(z.gte(0)),
  /** Kind of population: `totale` or `municipale`. */
  type: z.enum(["totale", "municipale"]),
  /** Vintage: the year of the figure (e.g. 2021 for the populations in force on 1 January 2024). */
  millesime: zAnnee,
});

/**
 * Output type of {@link PopulationSchema}.
 *
 * @example
 * ```ts
 * import type { Population } from "@nrs/model";
 * const f = (p: Population): boolean => p.valeur > 50000;
 * console.log(typeof f); // "function"
 * ```
 */
export type Population = z.output<typeof PopulationSchema>;
