import * as z from "zod/mini";
import type { Message } from "@nrs/core";
import { zAxeCode } from "./axe.js";
import { CibleSchema } from "./cible.js";
import { zDateIso } from "./date-iso.js";
import { zIdentifiant } from "./identifiant.js";

/**
 * Objectives and measures « peuvent avoir un caractère annuel ou pluriannuel » (CGCT art. D. 2311-15-1).
 *
 * @example
 * ```ts
 * import { TEMPORALITES } from "@nrs/model";
 * console.log(TEMPORALITES.PLURIANNUEL.en); // "Multi-year"
 * ```
 */
export const TEMPORALITES = {
  ANNUEL: { fr: "Annuel", en: "Annual" },
  PLURIANNUEL: { fr: "Pluriannuel", en: "Multi-year" },
} as const satisfies Record<string, Message>;

/** A key of {@link TEMPORALITES}. */
export type Temporalite = keyof typeof TEMPORALITES;

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
  id: zIdentifiant,
  axe: zAxeCode,
  libelle: z.string().check(z.minLength(1)),
  temporalite: z.enum(["ANNUEL", "PLURIANNUEL"]),
  echeance: z.optional(zDateIso),
  cibles: z.array(CibleSchema),
  indicateurs: z.optional(z.array(zIdentifiant)),
  description: z.optional(z.string()),
});

/** A parsed objective. */
export type Objectif = z.output<typeof ObjectifSchema>;
