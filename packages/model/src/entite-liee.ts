import * as z from "zod/mini";
import { type Message, zNonNegativeDecimalString } from "@nrs/core";
import { PopulationSchema } from "./population.js";
import { zSiren } from "./siren.js";

/**
 * Kinds of organisation a collectivité works with and may share services with: a CCAS (centre
 * communal d'action sociale) or CIAS (intercommunal), a syndicat (intercommunal or mixed), an SPL
 * (société publique locale), the ville-centre of a métropole or agglomération, an EPCI the commune
 * belongs to, or another organisation.
 *
 * @example
 * ```ts
 * import { TYPES_ENTITE_LIEE } from "@nrs/model";
 * console.log(Object.keys(TYPES_ENTITE_LIEE).join(" ")); // CCAS CIAS SYNDICAT SPL VILLE_CENTRE EPCI AUTRE
 * ```
 */
export const TYPES_ENTITE_LIEE = {
  CCAS: { fr: "Centre communal d'action sociale", en: "Municipal social action centre" },
  CIAS: { fr: "Centre intercommunal d'action sociale", en: "Inter-municipal social action centre" },
  SYNDICAT: { fr: "Syndicat intercommunal ou mixte", en: "Inter-municipal or mixed syndicate" },
  SPL: { fr: "Société publique locale", en: "Local public company" },
  VILLE_CENTRE: { fr: "Ville-centre", en: "Central city" },
  EPCI: { fr: "EPCI de rattachement", en: "Inter-municipal body the commune belongs to" },
  AUTRE: { fr: "Autre organisme", en: "Other organisation" },
} as const satisfies Record<string, Message>;

/** One of {@link TYPES_ENTITE_LIEE}. */
export type TypeEntiteLiee = keyof typeof TYPES_ENTITE_LIEE;

/**
 * The code of an entity in the data files' `entite` column: lower-case letters, digits, `-` and `_`,
 * starting with a letter (so that it cannot be taken for an INSEE code).
 *
 * @example
 * ```ts
 * import { ENTITY_CODE_PATTERN } from "@nrs/model";
 * console.log(ENTITY_CODE_PATTERN.test("ccas-fictive"), ENTITY_CODE_PATTERN.test("26901")); // true false
 * ```
 */
export const ENTITY_CODE_PATTERN = /^[a-z][a-z0-9_-]*$/;

/**
 * zod/mini schema of an organisation declared in `collectivite.json` (`entitesLiees`): its `code` (the
 * value of the data files' `entite` column), name, kind and SIREN, with the figures an allocation key
 * may need (agents in ETP, population).
 *
 * @example
 * ```ts
 * import { EntiteLieeSchema } from "@nrs/model";
 * import { safeParse } from "@nrs/core";
 * console.log(safeParse(EntiteLieeSchema, { code: "ccas", nom: "CCAS de Fictive-sur-Val", type: "CCAS", siren: "732829320", agentsEtp: 42 }).ok); // true
 * ```
 */
export const EntiteLieeSchema = z.strictObject({
  /** Code used in the `entite` column of the data files. */
  code: z.string().check(z.regex(ENTITY_CODE_PATTERN)),
  /** Official name. */
  nom: z.string().check(z.minLength(1)),
  /** Kind of organisation. */
  type: z.enum(Object.keys(TYPES_ENTITE_LIEE) as [TypeEntiteLiee, ...TypeEntiteLiee[]]),
  /** SIREN (nine digits, Luhn checksum verified). */
  siren: zSiren,
  /** Agents in full-time equivalent (for the `agents` allocation key). */
  agentsEtp: z.optional(zNonNegativeDecimalString),
  /** Population served (for the `population` allocation key, e.g. a ville-centre). */
  population: z.optional(PopulationSchema),
});

/**
 * A parsed {@link EntiteLieeSchema}.
 *
 * @example
 * ```ts
 * import type { EntiteLiee } from "@nrs/model";
 * const e: EntiteLiee = { code: "ccas", nom: "CCAS", type: "CCAS", siren: "732829320" };
 * console.log(e.code); // ccas
 * ```
 */
export type EntiteLiee = z.output<typeof EntiteLieeSchema>;
