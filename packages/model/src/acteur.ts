import * as z from "zod/mini";
import type { Message } from "@nrs/core";
import { zSiret } from "./siret.js";

/**
 * A key of {@link NATURES_ACTEUR}.
 *
 * @example
 * ```ts
 * import { NATURES_ACTEUR, type NatureActeur } from "@nrs/model";
 * const k: NatureActeur = "PRIVE";
 * console.log(NATURES_ACTEUR[k].fr);
 * ```
 */
export type NatureActeur = "PUBLIC" | "PRIVE";

/**
 * Natures of the actors the programme de travail is drawn up with: the decree names « acteurs
 * publics et privés intéressés » (CGCT art. D. 2311-15-1).
 *
 * @example
 * ```ts
 * import { NATURES_ACTEUR } from "@nrs/model";
 * console.log(NATURES_ACTEUR.PRIVE.en); // "Private"
 * ```
 */
export const NATURES_ACTEUR: Readonly<Record<NatureActeur, Message>> = {
  PUBLIC: { fr: "Public", en: "Public" },
  PRIVE: { fr: "Privé", en: "Private" },
};

/**
 * An actor of the territory listed in the état des lieux (loi n° 2021-1485 art. 35: « recensant les
 * acteurs concernés »): name, public or private, and role in the approach.
 *
 * @example
 * ```ts
 * import { ActeurSchema } from "@nrs/model";
 * console.log(ActeurSchema.safeParse({ nom: "Syndicat mixte du numérique", nature: "PUBLIC", role: "Hébergement" }).success);
 * ```
 */
export const ActeurSchema = z.strictObject({
  /** Name of the actor. */
  nom: z.string().check(z.minLength(1)),
  /** `PUBLIC` or `PRIVE`. */
  nature: z.enum(["PUBLIC", "PRIVE"]),
  /** Role in the approach. */
  role: z.string().check(z.minLength(1)),
  /** SIRET (14 digits, Luhn checksum verified), if known. */
  siret: z.optional(zSiret),
});

/**
 * Output type of {@link ActeurSchema}.
 *
 * @example
 * ```ts
 * import type { Acteur } from "@nrs/model";
 * const f = (a: Acteur): string => `${a.nom} (${a.nature})`;
 * console.log(typeof f); // "function"
 * ```
 */
export type Acteur = z.output<typeof ActeurSchema>;
