import {
  addImpacts,
  combineFootprints,
  sumImpacts,
  type HostingInventoryFootprintResult,
  type ImpactTable,
  type InventoryFootprintResult,
} from "@nrs/footprint";
import type { Message } from "@nrs/core";
import type { FootprintView } from "../output/print-footprint.js";
import type { YearInventoryFootprint } from "./compute-inventory.js";

const HOSTING_KINDS: readonly { kind: "server" | "contract" | "cloud"; label: Message }[] = [
  { kind: "server", label: { fr: "Serveurs sur site (hebergement.json)", en: "On-premise servers (hebergement.json)" } },
  { kind: "contract", label: { fr: "Contrats d'hébergement (hebergement.json)", en: "Hosting contracts (hebergement.json)" } },
  { kind: "cloud", label: { fr: "Cloud (hebergement.json)", en: "Cloud (hebergement.json)" } },
];

/**
 * Puts the inventory's and the hosting's footprints side by side with `@nrs/footprint`'s own sums
 * (`combineFootprints`, `sumImpacts`, `addImpacts`): the total, one category per source, the device
 * types of the inventory and the entities of both.
 */
export function footprintView(
  inventory: YearInventoryFootprint | InventoryFootprintResult | undefined,
  hosting: HostingInventoryFootprintResult | undefined,
): FootprintView {
  const combined = combineFootprints([inventory, hosting].filter((f) => f !== undefined));
  const categories: { label: Message; impacts: ImpactTable }[] = [];
  // One line per inventory file, so an asset manager's separate exports (computers, network…) show apart.
  const files = inventory === undefined ? [] : "files" in inventory ? inventory.files : [{ name: "inventaire.csv", result: inventory }];
  for (const { name, result } of files) {
    categories.push({ label: { fr: `Parc d'équipements (${name})`, en: `Device estate (${name})` }, impacts: result.impacts });
  }
  for (const { kind, label } of HOSTING_KINDS) {
    const parts = hosting?.parts.filter((p) => p.kind === kind) ?? [];
    if (parts.length > 0) categories.push({ label, impacts: sumImpacts(parts.map((p) => p.result.impacts)) });
  }
  const byEntity: Record<string, ImpactTable> = {};
  for (const table of [inventory?.byEntity, hosting?.byEntity]) {
    for (const [entity, impacts] of Object.entries(table ?? {})) {
      const before = byEntity[entity];
      byEntity[entity] = before ? addImpacts(before, impacts) : impacts;
    }
  }
  return { total: combined.impacts, categories, byType: inventory?.byType ?? {}, byEntity, trace: combined.trace };
}
