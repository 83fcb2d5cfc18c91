import * as z from "zod/mini";
import { zDecimalString } from "@nrs/core";
import { zDateIso } from "./date-iso.js";
import { zIdentifiant } from "./identifiant.js";

/**
 * A measured value of an indicator in a bilan: the indicator's code, the value, its date (end of the
 * period, or the date of the stock), whether it is a period or a stock (with the period's start),
 * the perimeter and entity (`epci`, or a member commune's INSEE code), where it was collected, and
 * its data-quality level.
 *
 * @example
 * ```ts
 * import { ValeurIndicateurSchema } from "@nrs/model";
 * const r = ValeurIndicateurSchema.safeParse({
 *   indicateur: "ateliers-agents", valeur: 14, date: "2024-12-31", nature: "PERIODE", dateDebut: "2024-01-01",
 *   perimetre: "ADMINISTRATION", source: "Registre des formations", qualite: "MESUREE",
 * });
 * console.log(r.success); // true
 * ```
 */
export const ValeurIndicateurSchema = z.strictObject({
  /** Code of the indicator. */
  indicateur: zIdentifiant,
  /** Measured value (number or decimal string in JSON; a canonical decimal string once parsed). */
  valeur: zDecimalString,
  /** End of the period, or date of the stock. */
  date: zDateIso,
  /** `PERIODE` (a flow over a period) or `STOCK` (at a date). */
  nature: z.enum(["PERIODE", "STOCK"]),
  /** Start of the period (for `PERIODE`). */
  dateDebut: z.optional(zDateIso),
  /** `ADMINISTRATION` or `TERRITOIRE`. */
  perimetre: z.enum(["ADMINISTRATION", "TERRITOIRE"]),
  /** `epci` for the EPCI itself, or a member commune's INSEE code; absent means the whole collectivité. */
  entite: z.optional(z.string().check(z.minLength(1))),
  /** Collection source (system, register, survey...). */
  source: z.string().check(z.minLength(1)),
  /** Data-quality level: `MESUREE`, `CALCULEE` or `ESTIMEE`. */
  qualite: z.enum(["MESUREE", "CALCULEE", "ESTIMEE"]),
  /** Free comment. */
  commentaire: z.optional(z.string()),
});

/**
 * A parsed indicator value (`valeur` is a canonical decimal string).
 *
 * @example
 * ```ts
 * import type { ValeurIndicateur } from "@nrs/model";
 * const f = (v: ValeurIndicateur): string => `${v.indicateur} = ${v.valeur}`;
 * console.log(typeof f); // "function"
 * ```
 */
export type ValeurIndicateur = z.output<typeof ValeurIndicateurSchema>;
