import { addImpacts, type FootprintResult, type ImpactTable } from "@nrs/footprint";
import type { FootprintInput } from "./indicator-data.js";
import type { FactorPackRef } from "./indicator-value.js";

/**
 * Turns footprint results of `@nrs/footprint` (`computeInventoryFootprint`,
 * `computeHostingInventoryFootprint`, `computeNetworkFootprint`…) into the `footprint` input of
 * {@link computeIndicators}: their impact tables added exactly, and the factor packs cited by their
 * traces. Give it an entity's slice (`byEntity[entity]`) as `{ impacts }` to compute one commune.
 *
 * @example
 * ```ts
 * import { computeInventoryFootprint } from "@nrs/footprint";
 * import { computeIndicators, footprintInput } from "@nrs/indicators";
 * const devices = await computeInventoryFootprint("type;quantite\nordinateur_portable;100\necran;100\n", { reportingYear: 2024 });
 * const r = computeIndicators({ agents: 100, footprint: footprintInput(devices) }, { year: 2024 });
 * const v = r.values.find((x) => x.code === "empreinte-carbone-par-agent");
 * console.log(v?.value.gt(0), v?.provenance.factorPacks?.[0]?.id);
 * ```
 */
export function footprintInput(
  ...results: readonly (FootprintResult | { readonly impacts: ImpactTable; readonly trace?: FootprintResult["trace"] })[]
): FootprintInput {
  const impacts = addImpacts(...results.map((r) => r.impacts));
  const packs = new Map<string, FactorPackRef>();
  for (const r of results)
    for (const f of r.trace?.factors ?? []) packs.set(`${f.pack}@${f.packVersion}`, { id: f.pack, version: f.packVersion });
  const factorPacks = [...packs.values()].sort((a, b) => (a.id === b.id ? (a.version < b.version ? -1 : 1) : a.id < b.id ? -1 : 1));
  return factorPacks.length === 0 ? { impacts } : { impacts, factorPacks };
}
