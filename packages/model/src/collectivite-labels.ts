// The FR/EN labels of the collectivité document, apart from its zod schema: a page that shows a label (the report)
// imports this module without bundling the schema nor zod.
import type { Message } from "@nrs/core";

/**
 * A key of {@link TYPES_COLLECTIVITE}.
 *
 * @example
 * ```ts
 * import { TYPES_COLLECTIVITE, type TypeCollectivite } from "@nrs/model";
 * const k: TypeCollectivite = "EPCI_FP";
 * console.log(TYPES_COLLECTIVITE[k].fr);
 * ```
 */
export type TypeCollectivite = "COMMUNE" | "EPCI_FP";

/**
 * Kinds of collectivité the SNR obligation concerns: a commune, or an EPCI à fiscalité propre
 * (loi n° 2021-1485 art. 35; départements and régions are not concerned).
 *
 * @example
 * ```ts
 * import { TYPES_COLLECTIVITE } from "@nrs/model";
 * console.log(TYPES_COLLECTIVITE.EPCI_FP.en);
 * ```
 */
export const TYPES_COLLECTIVITE: Readonly<Record<TypeCollectivite, Message>> = {
  COMMUNE: { fr: "Commune", en: "Municipality" },
  EPCI_FP: {
    fr: "Établissement public de coopération intercommunale à fiscalité propre",
    en: "Inter-municipal cooperation body with its own tax powers",
  },
};

/**
 * A key of {@link TYPES_POPULATION}.
 *
 * @example
 * ```ts
 * import { TYPES_POPULATION, type TypePopulation } from "@nrs/model";
 * const k: TypePopulation = "municipale";
 * console.log(TYPES_POPULATION[k].fr);
 * ```
 */
export type TypePopulation = "totale" | "municipale";

/**
 * Kinds of legal population published by INSEE: `totale` (the CGCT default, R. 2151-2) or
 * `municipale`.
 *
 * @example
 * ```ts
 * import { TYPES_POPULATION } from "@nrs/model";
 * console.log(TYPES_POPULATION.totale.fr); // "Population totale"
 * ```
 */
export const TYPES_POPULATION: Readonly<Record<TypePopulation, Message>> = {
  totale: { fr: "Population totale", en: "Total population" },
  municipale: { fr: "Population municipale", en: "Municipal population" },
};
