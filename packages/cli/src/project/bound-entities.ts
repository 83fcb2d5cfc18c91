import { definedProps } from "@nrs/core";
import { DEFAULT_ENTITY } from "@nrs/indicators";
import type { Collectivite } from "@nrs/model";

/**
 * The entities of a project that can hold figures of their own, from `collectivite.json`: the
 * collectivité itself (`epci`), then for an EPCI its member communes, then the linked entities
 * (`entitesLiees`: CCAS, syndicat, ville-centre…). Shared services are not among them: their figures
 * are split between these.
 */
export function boundEntities(c: Collectivite): string[] {
  return [
    DEFAULT_ENTITY,
    ...(c.type === "EPCI_FP" ? (c.communesMembres ?? []).map((m) => m.codeInsee) : []),
    ...(c.entitesLiees ?? []).map((e) => e.code),
  ];
}

/** Whether `code` is another name of the collectivité itself: a commune's own INSEE code. */
export function sameEntity(c: Collectivite, code: string): boolean {
  return c.type === "COMMUNE" && code === c.codeInsee;
}

/** An entity's agents (ETP) and population from `collectivite.json`, where it gives them. */
export function entityFigures(c: Collectivite, code: string): { agents?: string; population?: number } {
  if (code === DEFAULT_ENTITY || sameEntity(c, code)) {
    return { ...definedProps({ agents: c.agentsEtp }), population: c.population.valeur };
  }
  const linked = c.entitesLiees?.find((e) => e.code === code);
  if (linked) return definedProps({ agents: linked.agentsEtp, population: linked.population?.valeur });
  const member = c.communesMembres?.find((m) => m.codeInsee === code);
  return definedProps({ population: member?.population?.valeur });
}
