// The FR/EN labels of an indicator, apart from its zod schema: a page that shows a label (the report)
// imports this module without bundling the schema nor zod.
import type { Message } from "@nrs/core";

/**
 * A key of {@link SENS_INDICATEUR}.
 *
 * @example
 * ```ts
 * import { SENS_INDICATEUR, type SensIndicateur } from "@nrs/model";
 * const k: SensIndicateur = "BAISSE";
 * console.log(SENS_INDICATEUR[k].fr);
 * ```
 */
export type SensIndicateur = "HAUSSE" | "BAISSE";

/**
 * Which way an indicator should move: `HAUSSE` (higher is better) or `BAISSE` (lower is better).
 *
 * @example
 * ```ts
 * import { SENS_INDICATEUR } from "@nrs/model";
 * console.log(SENS_INDICATEUR.BAISSE.en); // "Lower is better"
 * ```
 */
export const SENS_INDICATEUR: Readonly<Record<SensIndicateur, Message>> = {
  HAUSSE: { fr: "À la hausse", en: "Higher is better" },
  BAISSE: { fr: "À la baisse", en: "Lower is better" },
};

/**
 * A key of {@link PERIODICITES}.
 *
 * @example
 * ```ts
 * import { PERIODICITES, type Periodicite } from "@nrs/model";
 * const k: Periodicite = "annuelle";
 * console.log(PERIODICITES[k].fr);
 * ```
 */
export type Periodicite = "quotidienne" | "hebdomadaire" | "mensuelle" | "trimestrielle" | "semestrielle" | "annuelle" | "autre";

/**
 * How often an indicator is measured; the values of the national open-data schema
 * `impact-service-public-numerique`.
 *
 * @example
 * ```ts
 * import { PERIODICITES } from "@nrs/model";
 * console.log(PERIODICITES.annuelle.en); // "Yearly"
 * ```
 */
export const PERIODICITES: Readonly<Record<Periodicite, Message>> = {
  quotidienne: { fr: "Quotidienne", en: "Daily" },
  hebdomadaire: { fr: "Hebdomadaire", en: "Weekly" },
  mensuelle: { fr: "Mensuelle", en: "Monthly" },
  trimestrielle: { fr: "Trimestrielle", en: "Quarterly" },
  semestrielle: { fr: "Semestrielle", en: "Half-yearly" },
  annuelle: { fr: "Annuelle", en: "Yearly" },
  autre: { fr: "Autre", en: "Other" },
};
