import * as z from "zod/mini";
import { check, compareDecimalStrings, zNonNegativeDecimalString } from "@nrs/core";
import { zIdentifiant } from "./identifiant.js";

/**
 * Progress of one measure of the strategy during the bilan's year: the measure's id, its status at
 * the end of the year, optionally its commitment level, a completion percentage (0–100), the money
 * spent in euros and a comment.
 *
 * @example
 * ```ts
 * import { AvancementMesureSchema } from "@nrs/model";
 * const r = AvancementMesureSchema.safeParse({ mesure: "M1", statut: "EN_COURS", avancementPct: 40 });
 * console.log(r.success); // true
 * ```
 */
export const AvancementMesureSchema = z.strictObject({
  /** Id of a measure of the strategy. */
  mesure: zIdentifiant,
  /** Status at the end of the year. */
  statut: z.enum(["A_FAIRE", "EN_COURS", "FINI"]),
  /** Commitment level, if it changed. */
  niveauEngagement: z.optional(z.enum(["REALISATION", "EXPERIMENTATION", "REFLEXION"])),
  /** Completion percentage, 0 to 100. */
  avancementPct: z.optional(
    zNonNegativeDecimalString.check(
      check(
        (d: string) => compareDecimalStrings(d, "100") <= 0,
        "NRS_PERCENT_OVER_100",
        "Un pourcentage d'avancement ne peut pas dépasser 100.",
        "A completion percentage cannot exceed 100.",
      ),
    ),
  ),
  /** Money spent during the year, in euros. */
  depensesEuros: z.optional(zNonNegativeDecimalString),
  /** Free comment. */
  commentaire: z.optional(z.string()),
});

/**
 * Parsed progress of a measure (figures are canonical decimal strings).
 *
 * @example
 * ```ts
 * import type { AvancementMesure } from "@nrs/model";
 * const f = (a: AvancementMesure): string => `${a.avancementPct ?? "?"} %`;
 * console.log(typeof f); // "function"
 * ```
 */
export type AvancementMesure = z.output<typeof AvancementMesureSchema>;
