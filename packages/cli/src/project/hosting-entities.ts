import { unknownEntityProblem, type Problem } from "@nrs/core";
import type { HostingInventory } from "@nrs/footprint";

/**
 * The error `NRS_UNKNOWN_ENTITY` for each line of `hebergement.json` (`serveurs`, `contrats`, `cloud`)
 * whose `entite` is not one of `known` (the entities `collectivite.json` declares), at the JSON path of
 * that `entite`; the caller locates it at its line and column. A line without entity is not checked.
 */
export function undeclaredHostingEntities(inventory: HostingInventory, known: readonly string[]): Problem[] {
  const allowed = new Set(known);
  const problems: Problem[] = [];
  const check = (list: string, lines: readonly { readonly entity?: string | undefined }[]) =>
    lines.forEach((l, i) => {
      if (l.entity !== undefined && !allowed.has(l.entity))
        problems.push(unknownEntityProblem(l.entity, known, { path: [list, i, "entite"] }));
    });
  check("serveurs", inventory.servers);
  check("contrats", inventory.contracts);
  check("cloud", inventory.cloud);
  return problems;
}
