// The FR/EN labels of a measure, apart from its zod schema: a page that shows a label (the report)
// imports this module without bundling the schema nor zod.
import type { Message } from "@nrs/core";

/**
 * A key of {@link STATUTS_MESURE}.
 *
 * @example
 * ```ts
 * import { STATUTS_MESURE, type StatutMesure } from "@nrs/model";
 * const k: StatutMesure = "FINI";
 * console.log(STATUTS_MESURE[k].fr);
 * ```
 */
export type StatutMesure = "A_FAIRE" | "EN_COURS" | "FINI";

/**
 * Status of a measure (MiNumEco / Interconnectés, 2023): à faire, en cours, fini.
 *
 * @example
 * ```ts
 * import { STATUTS_MESURE } from "@nrs/model";
 * console.log(STATUTS_MESURE.EN_COURS.fr); // "En cours"
 * ```
 */
export const STATUTS_MESURE: Readonly<Record<StatutMesure, Message>> = {
  A_FAIRE: { fr: "À faire", en: "To do" },
  EN_COURS: { fr: "En cours", en: "In progress" },
  FINI: { fr: "Fini", en: "Done" },
};

/**
 * A key of {@link NIVEAUX_ENGAGEMENT}.
 *
 * @example
 * ```ts
 * import { NIVEAUX_ENGAGEMENT, type NiveauEngagement } from "@nrs/model";
 * const k: NiveauEngagement = "REFLEXION";
 * console.log(NIVEAUX_ENGAGEMENT[k].fr);
 * ```
 */
export type NiveauEngagement = "REALISATION" | "EXPERIMENTATION" | "REFLEXION";

/**
 * Commitment level of a measure (MiNumEco / Interconnectés, 2023): réalisation, expérimentation,
 * réflexion.
 *
 * @example
 * ```ts
 * import { NIVEAUX_ENGAGEMENT } from "@nrs/model";
 * console.log(NIVEAUX_ENGAGEMENT.EXPERIMENTATION.en); // "Experiment"
 * ```
 */
export const NIVEAUX_ENGAGEMENT: Readonly<Record<NiveauEngagement, Message>> = {
  REALISATION: { fr: "Réalisation", en: "Implementation" },
  EXPERIMENTATION: { fr: "Expérimentation", en: "Experiment" },
  REFLEXION: { fr: "Réflexion", en: "Under consideration" },
};
