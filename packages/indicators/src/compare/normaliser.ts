import type { Message } from "@nrs/core";
import type { IndicatorDefinition } from "../indicator-definition.js";

/**
 * What an extensive indicator (a total) is divided by before collectivités of different sizes are
 * compared: inhabitants, agents (FTE) or devices of the inventory.
 *
 * @example
 * ```ts
 * import type { Normaliser } from "@nrs/indicators";
 * const n: Normaliser = "habitant";
 * console.log(n);
 * ```
 */
export type Normaliser = "habitant" | "agent" | "equipement";

/**
 * Labels of the normalisers: the noun for the unit (`kgCO2e/habitant`) and a phrase for the text.
 *
 * @example
 * ```ts
 * import { NORMALISER_LABELS } from "@nrs/indicators";
 * console.log(NORMALISER_LABELS.agent.per.fr); // par agent
 * ```
 */
export const NORMALISER_LABELS: Readonly<Record<Normaliser, { readonly unit: string; readonly per: Message }>> = {
  habitant: { unit: "habitant", per: { fr: "par habitant", en: "per inhabitant" } },
  agent: { unit: "agent", per: { fr: "par agent", en: "per employee" } },
  equipement: { unit: "équipement", per: { fr: "par équipement", en: "per device" } },
};

const TERRITORY_AXES = new Set(["SENSIBILISATION_CITOYENS_INCLUSION", "TERRITOIRE_CONNECTE_DONNEES"]);

/**
 * The normaliser used by default for an indicator: none for ratios, means, scores and indicators
 * outside the catalogue (they are compared as published); for totals (`aggregation: "sum"`), per
 * inhabitant on the axes that face the territory (citizens' awareness and inclusion, connected
 * territory), per device for the mass of retired equipment (kg), and per agent otherwise (the
 * administration's own estate, purchases and training).
 *
 * @example
 * ```ts
 * import { defaultNormaliser, indicatorDefinition } from "@nrs/indicators";
 * console.log(defaultNormaliser(indicatorDefinition("empreinte-carbone-totale"))); // agent
 * console.log(defaultNormaliser(indicatorDefinition("part-achats-reemploi"))); // undefined
 * ```
 */
export function defaultNormaliser(definition: IndicatorDefinition | undefined): Normaliser | undefined {
  if (definition === undefined || definition.aggregation !== "sum") return undefined;
  if (TERRITORY_AXES.has(definition.axis)) return "habitant";
  if (definition.unit === "kg") return "equipement";
  return "agent";
}
