import type { Collectivite } from "@nrs/model";
import { DEFAULT_ENTITY } from "@nrs/indicators";

/**
 * The `entite` values the data files of a project may use, from `collectivite.json`: `epci` (what an
 * empty cell means, {@link DEFAULT_ENTITY}) then the INSEE codes of the member communes for an EPCI;
 * `epci` then the commune's own INSEE code for a commune (the code `nrs export agec58` declares as the
 * buyer; `epci` stays accepted because the bilans and an empty cell use it for the collectivité itself);
 * then, for both, the codes of the linked entities (`entitesLiees`: CCAS, syndicat…) and of the shared
 * services (`servicesPartages`) declared there.
 * Undefined when `collectivite.json` could not be read: nothing to check against.
 */
export function knownEntities(collectivite: Collectivite | undefined): readonly string[] | undefined {
  if (!collectivite) return undefined;
  const declared = [...(collectivite.entitesLiees ?? []).map((e) => e.code), ...(collectivite.servicesPartages ?? []).map((s) => s.code)];
  if (collectivite.type === "EPCI_FP")
    return [DEFAULT_ENTITY, ...(collectivite.communesMembres ?? []).map((m) => m.codeInsee), ...declared];
  return collectivite.codeInsee === undefined ? [DEFAULT_ENTITY, ...declared] : [DEFAULT_ENTITY, collectivite.codeInsee, ...declared];
}

/**
 * The `entite` values that are the collectivité itself, whose purchases `nrs export agec58` declares:
 * `epci` ({@link DEFAULT_ENTITY}, what an empty cell means) for an EPCI, whose member communes declare
 * under their own SIRET; `epci` and the commune's own INSEE code for a commune, the two ways
 * {@link knownEntities} accepts for it.
 */
export function buyerEntities(collectivite: Collectivite): readonly string[] {
  if (collectivite.type === "EPCI_FP" || collectivite.codeInsee === undefined) return [DEFAULT_ENTITY];
  return [DEFAULT_ENTITY, collectivite.codeInsee];
}
