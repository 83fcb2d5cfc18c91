import * as z from "zod/mini";
import { zAxeCode } from "./axe.js";
import { CibleSchema } from "./cible.js";
import { zDateIso } from "./date-iso.js";
import { zIdentifiant } from "./identifiant.js";

/**
 * An objective of reduction of the territory's digital footprint: its id (referenced by measures),
 * axis, wording, annual or multi-year character, deadline, quantified targets (`cibles`) and any
 * further follow-up indicators without a target (`indicateurs`, by code).
 *
 * @example
 * ```ts
 * import { ObjectifSchema } from "@nrs/model";
 * const r = ObjectifSchema.safeParse({
 *   id: "O3", axe: "ECOCONCEPTION", libelle: "Écoconcevoir les services en ligne", temporalite: "PLURIANNUEL",
 *   echeance: "2027-12-31", cibles: [], indicateurs: ["score-rgesn-moyen"],
 * });
 * console.log(r.success); // true
 * ```
 */
export const ObjectifSchema = z.strictObject({
  /** Identifier, referenced by measures (`objectifs`). */
  id: zIdentifiant,
  /** Axis of D. 2311-15-1 (see `axes`). */
  axe: zAxeCode,
  /** Wording of the objective. */
  libelle: z.string().check(z.minLength(1)),
  /** Annual or multi-year (`ANNUEL` / `PLURIANNUEL`). */
  temporalite: z.enum(["ANNUEL", "PLURIANNUEL"]),
  /** Deadline. */
  echeance: z.optional(zDateIso),
  /** Quantified targets. */
  cibles: z.array(CibleSchema),
  /** Codes of further follow-up indicators without a target. */
  indicateurs: z.optional(z.array(zIdentifiant)),
  /** Longer description. */
  description: z.optional(z.string()),
});

/**
 * A parsed objective.
 *
 * @example
 * ```ts
 * import type { Objectif } from "@nrs/model";
 * const f = (o: Objectif): number => o.cibles.length;
 * console.log(typeof f); // "function"
 * ```
 */
export type Objectif = z.output<typeof ObjectifSchema>;
