// The FR/EN labels of an objective, apart from its zod schema: a page that shows a label (the report)
// imports this module without bundling the schema nor zod.
import type { Message } from "@nrs/core";

/**
 * A key of {@link TEMPORALITES}.
 *
 * @example
 * ```ts
 * import { TEMPORALITES, type Temporalite } from "@nrs/model";
 * const k: Temporalite = "ANNUEL";
 * console.log(TEMPORALITES[k].fr);
 * ```
 */
export type Temporalite = "ANNUEL" | "PLURIANNUEL";

/**
 * Objectives and measures « peuvent avoir un caractère annuel ou pluriannuel » (CGCT art. D. 2311-15-1).
 *
 * @example
 * ```ts
 * import { TEMPORALITES } from "@nrs/model";
 * console.log(TEMPORALITES.PLURIANNUEL.en); // "Multi-year"
 * ```
 */
export const TEMPORALITES: Readonly<Record<Temporalite, Message>> = {
  ANNUEL: { fr: "Annuel", en: "Annual" },
  PLURIANNUEL: { fr: "Pluriannuel", en: "Multi-year" },
};
