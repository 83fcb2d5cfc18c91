import type { Problem } from "@nrs/core";
import { parsePurchasesCsv, type PurchaseRecord } from "@nrs/indicators";
import { knownEntities } from "./known-entities.js";
import type { LoadedProject } from "./load-project.js";
import { LAYOUT } from "./project-layout.js";

/**
 * Reads `donnees/<year>/achats.csv` alone (no factor pack, no inventory: what `nrs export agec58`
 * needs), streamed through `@nrs/indicators`' parser; problems carry the file, line and column.
 */
export async function loadPurchases(
  project: LoadedProject,
  year: number,
): Promise<{ readonly records: readonly PurchaseRecord[]; readonly problems: readonly Problem[] }> {
  const path = LAYOUT.data(year, "achats.csv");
  const known = knownEntities(project.collectivite);
  const parsed = await parsePurchasesCsv(project.files.stream(path), known ? { knownEntities: known } : {});
  return { records: parsed.records, problems: project.files.withFile(path, parsed.problems) };
}
