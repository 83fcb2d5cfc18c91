import { NrsError, type Problem } from "@nrs/core";
import {
  computeHostingInventoryFootprint,
  parseHostingInventory,
  type FactorPack,
  type HostingInventory,
  type HostingInventoryFootprintResult,
} from "@nrs/footprint";
import { undeclaredHostingEntities } from "./hosting-entities.js";
import { knownEntities } from "./known-entities.js";
import type { LoadedProject } from "./load-project.js";
import { LAYOUT } from "./project-layout.js";

/** The hosting of a year (`hebergement.json`): the parsed inventory, its footprint, and the problems. */
export interface YearHosting {
  readonly inventory: HostingInventory | undefined;
  readonly footprint: HostingInventoryFootprintResult | undefined;
  readonly problems: readonly Problem[];
}

/**
 * Reads `donnees/<year>/hebergement.json` with `@nrs/footprint`'s `parseHostingInventory` and computes
 * it with `computeHostingInventoryFootprint` (servers, hosting contracts, cloud). Problems of either
 * step come back at their file, line and column (the paths are those of the file). A line whose
 * `entite` is not declared in `collectivite.json` is an error there, and the hosting is not computed
 * until it is fixed (the line's figure would otherwise go to no bilan, or the wrong one).
 */
export async function computeHosting(project: LoadedProject, year: number, pack: FactorPack): Promise<YearHosting> {
  const file = LAYOUT.data(year, "hebergement.json");
  const json = await project.files.readJson(file);
  if (!json.ok) return { inventory: undefined, footprint: undefined, problems: json.problems };
  const parsed = parseHostingInventory(json.value);
  if (!parsed.ok) return { inventory: undefined, footprint: undefined, problems: project.files.withFile(file, parsed.errors, json) };
  const known = knownEntities(project.collectivite);
  const undeclared = known ? undeclaredHostingEntities(parsed.value, known) : [];
  if (undeclared.length > 0)
    return { inventory: undefined, footprint: undefined, problems: project.files.withFile(file, undeclared, json) };
  try {
    return { inventory: parsed.value, footprint: computeHostingInventoryFootprint(parsed.value, { year, pack }), problems: [] };
  } catch (e) {
    if (!(e instanceof NrsError)) throw e;
    return { inventory: parsed.value, footprint: undefined, problems: project.files.withFile(file, e.problems, json) };
  }
}
