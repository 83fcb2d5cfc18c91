import * as z from "zod/mini";
import { zNonNegativeDecimalString } from "@nrs/core";
import { zAxeCode } from "./axe.js";
import { zDateIso } from "./date-iso.js";
import { zIdentifiant } from "./identifiant.js";

/**
 * A measure put in place to reach objectives (« les mesures mises en place pour y parvenir »):
 * id, wording, axis, the ids of the objectives it serves, status, commitment level, owner, dates,
 * budget in euros, and whether it is annual or multi-year.
 *
 * @example
 * ```ts
 * import { MesureSchema } from "@nrs/model";
 * const r = MesureSchema.safeParse({
 *   id: "M1", libelle: "Clause réemploi dans le marché de postes de travail", axe: "COMMANDE_PUBLIQUE",
 *   objectifs: ["O1"], statut: "EN_COURS", niveauEngagement: "REALISATION", budgetEuros: "15000",
 * });
 * console.log(r.success); // true
 * ```
 */
export const MesureSchema = z.strictObject({
  /** Identifier, referenced by bilans (`avancementMesures`). */
  id: zIdentifiant,
  /** Wording of the measure. */
  libelle: z.string().check(z.minLength(1)),
  /** Axis of D. 2311-15-1 (see `axes`). */
  axe: zAxeCode,
  /** Ids of the objectives the measure serves. */
  objectifs: z.array(zIdentifiant),
  /** Status: `A_FAIRE`, `EN_COURS` or `FINI`. */
  statut: z.enum(["A_FAIRE", "EN_COURS", "FINI"]),
  /** Commitment level: `REALISATION`, `EXPERIMENTATION` or `REFLEXION`. */
  niveauEngagement: z.enum(["REALISATION", "EXPERIMENTATION", "REFLEXION"]),
  /** Annual or multi-year (`ANNUEL` / `PLURIANNUEL`). */
  temporalite: z.optional(z.enum(["ANNUEL", "PLURIANNUEL"])),
  /** Who carries it (service, partner). */
  porteur: z.optional(z.string().check(z.minLength(1))),
  /** Start date. */
  dateDebut: z.optional(zDateIso),
  /** End date (planned or actual). */
  dateFin: z.optional(zDateIso),
  /** Budget in euros. */
  budgetEuros: z.optional(zNonNegativeDecimalString),
  /** Longer description. */
  description: z.optional(z.string()),
});

/**
 * A parsed measure.
 *
 * @example
 * ```ts
 * import type { Mesure } from "@nrs/model";
 * const f = (m: Mesure): boolean => m.statut === "FINI";
 * console.log(typeof f); // "function"
 * ```
 */
export type Mesure = z.output<typeof MesureSchema>;
