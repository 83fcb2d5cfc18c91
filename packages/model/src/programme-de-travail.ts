import * as z from "zod/mini";
import { zDecimalString } from "@nrs/core";
import { ActeurSchema } from "./acteur.js";
import { AdoptionSchema } from "./adoption.js";
import { zAnnee } from "./annee.js";
import { zAxeCode } from "./axe.js";
import { ReferenceCollectiviteSchema } from "./reference-collectivite.js";

const zText = z.string().check(z.minLength(1));

/**
 * A figure quoted in a bilan of the programme de travail (e.g. the footprint of the IT park), with
 * its unit, year and source so that it can be traced.
 *
 * @example
 * ```ts
 * import { ChiffreCleSchema } from "@nrs/model";
 * const r = ChiffreCleSchema.safeParse({ libelle: "Empreinte carbone du parc", valeur: "812.5", unite: "tCO2e", annee: 2022, source: "Outil INR" });
 * console.log(r.success);
 * ```
 */
export const ChiffreCleSchema = z.strictObject({
  /** What the figure or action is. */
  libelle: zText,
  /** The figure (number or decimal string in JSON; a canonical decimal string once parsed). */
  valeur: zDecimalString,
  /** Unit of the figure, e.g. `tCO2e`. */
  unite: zText,
  /** Year the figure or action refers to. */
  annee: z.optional(zAnnee),
  /** Where the figure or data come from. */
  source: z.optional(zText),
});

/**
 * Output type of {@link ChiffreCleSchema}.
 *
 * @example
 * ```ts
 * import type { ChiffreCle } from "@nrs/model";
 * const f = (c: ChiffreCle): string => `${c.valeur} ${c.unite}`;
 * console.log(typeof f); // "function"
 * ```
 */
export type ChiffreCle = z.output<typeof ChiffreCleSchema>;

/**
 * One of the two bilans the decree asks the programme de travail for: a written synthesis and
 * optional key figures.
 *
 * @example
 * ```ts
 * import { BilanProgrammeSchema } from "@nrs/model";
 * console.log(BilanProgrammeSchema.safeParse({ synthese: "Le parc compte 2 400 postes." }).success);
 * ```
 */
export const BilanProgrammeSchema = z.strictObject({
  /** Written synthesis. */
  synthese: zText,
  /** Key figures, each with unit and source. */
  chiffresCles: z.optional(z.array(ChiffreCleSchema)),
  /** How the bilan was made. */
  methode: z.optional(zText),
});

/**
 * Output type of {@link BilanProgrammeSchema}.
 *
 * @example
 * ```ts
 * import type { BilanProgramme } from "@nrs/model";
 * const f = (b: BilanProgramme): string => b.synthese;
 * console.log(typeof f); // "function"
 * ```
 */
export type BilanProgramme = z.output<typeof BilanProgrammeSchema>;

/**
 * An action already undertaken to reduce the footprint of digital, recalled in the programme's
 * synthesis (« le cas échéant »).
 *
 * @example
 * ```ts
 * import { ActionEngageeSchema } from "@nrs/model";
 * console.log(ActionEngageeSchema.safeParse({ libelle: "Allongement de la durée d'usage des PC à 6 ans", axe: "CYCLE_DE_VIE_MATERIEL", annee: 2021 }).success);
 * ```
 */
export const ActionEngageeSchema = z.strictObject({
  /** What the figure or action is. */
  libelle: zText,
  /** Axis the action relates to, if any. */
  axe: z.optional(zAxeCode),
  /** Year the figure or action refers to. */
  annee: z.optional(zAnnee),
  /** Longer description. */
  description: z.optional(zText),
});

/**
 * Output type of {@link ActionEngageeSchema}.
 *
 * @example
 * ```ts
 * import type { ActionEngagee } from "@nrs/model";
 * const f = (a: ActionEngagee): string => a.libelle;
 * console.log(typeof f); // "function"
 * ```
 */
export type ActionEngagee = z.output<typeof ActionEngageeSchema>;

/**
 * zod/mini schema of the programme de travail (`programme-de-travail.json`, loi n° 2021-1485 art. 35
 * and CGCT art. D. 2311-15-1): the actors it was drawn up with, the bilan of the environmental impact
 * of digital (`bilanImpactEnvironnemental`) and of its uses on the territory (`bilanUsages`), the
 * synthesis of actions already undertaken, and its adoption. What the law asks for but is missing is
 * reported by `checkProgramme`, not refused here.
 *
 * @example
 * ```ts
 * import { ProgrammeDeTravailSchema } from "@nrs/model";
 * const r = ProgrammeDeTravailSchema.safeParse({
 *   collectivite: { siren: "732829320" },
 *   acteurs: [{ nom: "Fictiville", nature: "PUBLIC", role: "Pilote" }],
 *   syntheseActionsEngagees: [],
 * });
 * console.log(r.success); // true
 * ```
 */
export const ProgrammeDeTravailSchema = z.strictObject({
  /** Optional JSON Schema reference for editors; kept as is. */
  $schema: z.optional(z.string()),
  /** The collectivité the document belongs to (SIREN must match `collectivite.json`). */
  collectivite: ReferenceCollectiviteSchema,
  /** Adoption by the deliberative body; absent while not adopted. */
  adoption: z.optional(AdoptionSchema),
  /** Public and private actors of the territory (« état des lieux recensant les acteurs concernés »). */
  acteurs: z.array(ActeurSchema),
  /** Bilan of the environmental impact of digital (D. 2311-15-1). */
  bilanImpactEnvironnemental: z.optional(BilanProgrammeSchema),
  /** Bilan of the impact of digital uses on the territory (D. 2311-15-1). */
  bilanUsages: z.optional(BilanProgrammeSchema),
  /** Synthesis of actions already undertaken to reduce the footprint (« le cas échéant »: may be empty). */
  syntheseActionsEngagees: z.array(ActionEngageeSchema),
  /** Free comment. */
  commentaire: z.optional(z.string()),
});

/**
 * A parsed programme de travail (decimals are canonical decimal strings).
 *
 * @example
 * ```ts
 * import type { ProgrammeDeTravail } from "@nrs/model";
 * const f = (p: ProgrammeDeTravail): number => p.acteurs.length;
 * console.log(typeof f); // "function"
 * ```
 */
export type ProgrammeDeTravail = z.output<typeof ProgrammeDeTravailSchema>;
/**
 * What a `programme-de-travail.json` may contain (decimals as numbers or strings).
 *
 * @example
 * ```ts
 * import { parseProgramme, type ProgrammeDeTravailInput } from "@nrs/model";
 * const input: ProgrammeDeTravailInput = { collectivite: { siren: "732829320" }, acteurs: [], syntheseActionsEngagees: [] };
 * console.log(parseProgramme(input).ok); // true
 * ```
 */
export type ProgrammeDeTravailInput = z.input<typeof ProgrammeDeTravailSchema>;
