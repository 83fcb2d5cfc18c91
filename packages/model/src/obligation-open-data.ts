import { compareDecimalStrings } from "@nrs/core";
import type { Obligation } from "./obligation.js";
import { fmt, type ObligationContext } from "./obligations-options.js";
import { REFERENCES as R } from "./references.js";

/** Open data by default (CRPA L. 312-1-1): at least the population and staff thresholds; unknown without a staff count. */
export function openDataObligation(ctx: ObligationContext): Obligation {
  const { pop, seuilHab, seuilAgents, popCaveats } = ctx;
  const agents = ctx.agents;
  const enoughPeople = pop >= seuilHab;
  const odApplies: boolean | undefined = !enoughPeople
    ? false
    : agents === undefined
      ? undefined
      : compareDecimalStrings(agents, seuilAgents) >= 0;
  return {
    code: "OPEN_DATA",
    libelle: { fr: "Ouverture des données par défaut", en: "Open data by default" },
    applicable: odApplies,
    motif:
      odApplies === undefined
        ? {
            fr: `Nombre d'agents (agentsEtp) inconnu : l'obligation vaut à partir de ${seuilAgents} agents ETP.`,
            en: `Number of agents (agentsEtp) unknown: the obligation applies from ${seuilAgents} FTE.`,
          }
        : odApplies
          ? {
              fr: `Au moins ${fmt(seuilHab)} habitants et ${seuilAgents} agents ETP.`,
              en: `At least ${fmt(seuilHab)} inhabitants and ${seuilAgents} FTE.`,
            }
          : {
              fr: `Moins de ${fmt(seuilHab)} habitants ou de ${seuilAgents} agents ETP.`,
              en: `Fewer than ${fmt(seuilHab)} inhabitants or ${seuilAgents} FTE.`,
            },
    ref: R.openData,
    echeances: [],
    avertissements: popCaveats,
  };
}
