// The FR/EN labels of an actor, apart from its zod schema: a page that shows a label (the report)
// imports this module without bundling the schema nor zod.
import type { Message } from "@nrs/core";

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
