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
import type { PrintingFootprint } from "./compute-printing.js";

const HOSTING_KINDS: readonly { kind: "server" | "contract" | "cloud"; label: Message }[] = [
  { kind: "server", label: { fr: "Serveurs sur site (hebergement.json)", en: "On-premise servers (hebergement.json)" } },
  { kind: "contract", label: { fr: "Contrats d'hébergement (hebergement.json)", en: "Hosting contracts (hebergement.json)" } },
  { kind: "cloud", label: { fr: "Cloud (hebergement.json)", en: "Cloud (hebergement.json)" } },
];

const PRINTING_LABEL: Message = { fr: "Papier des impressions (impressions.csv)", en: "Printing paper (impressions.csv)" };

/**
 * Puts the inventory's, the hosting's and the printing's footprints side by side with `@nrs/footprint`'s
 * own sums (`combineFootprints`, `sumImpacts`, `addImpacts`): the total, one category per source (per
 * inventory file, per hosting kind, the paper of `impressions.csv`), the device types of the inventory
 * and the entities of all.
 */
export function footprintView(
  inventory: YearInventoryFootprint | InventoryFootprintResult | undefined,
  hosting: HostingInventoryFootprintResult | undefined,
  printing?: PrintingFootprint,
): FootprintView {
  const combined = combineFootprints([inventory, hosting, printing].filter((f) => f !== undefined));
  const categories: FootprintView["categories"][number][] = [];
  // One line per inventory file, so an asset manager's separate exports (computers, network…) show apart.
  const files = inventory === undefined ? [] : "files" in inventory ? inventory.files : [{ name: "inventaire.csv", result: inventory }];
  for (const { name, result } of files) {
    categories.push({
      source: "inventaire",
      label: { fr: `Parc d'équipements (${name})`, en: `Device estate (${name})` },
      impacts: result.impacts,
    });
  }
  for (const { kind, label } of HOSTING_KINDS) {
    const parts = hosting?.parts.filter((p) => p.kind === kind) ?? [];
    if (parts.length > 0) categories.push({ source: "hebergement", label, impacts: sumImpacts(parts.map((p) => p.result.impacts)) });
  }
  if (printing) categories.push({ source: "impressions", label: PRINTING_LABEL, impacts: printing.impacts });
  const byEntity: Record<string, ImpactTable> = {};
  for (const table of [inventory?.byEntity, hosting?.byEntity, printing?.byEntity]) {
    for (const [entity, impacts] of Object.entries(table ?? {})) {
      const before = byEntity[entity];
      byEntity[entity] = before ? addImpacts(before, impacts) : impacts;
    }
  }
  return {
    total: combined.impacts,
    categories,
    byType: inventory?.byType ?? {},
    bySite: inventory?.bySite ?? {},
    byEntity,
    trace: combined.trace,
  };
}
