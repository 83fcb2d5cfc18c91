import { computeInventoryFootprint, type FactorPack, type InventoryFootprintResult, type InventoryLineView } from "@nrs/footprint";
import { createProgress } from "../output/progress.js";
import type { Reporter } from "../output/reporter.js";
import { knownEntities } from "./known-entities.js";
import type { LoadedProject } from "./load-project.js";
import { inventoryReadSettings } from "./inventory-read-settings.js";
import { LAYOUT } from "./project-layout.js";

/**
 * Streams `donnees/<year>/inventaire.csv` from a file read stream into `@nrs/footprint`'s
 * `computeInventoryFootprint`, which keeps no line: only the groups of identical devices and the
 * (capped) list of problems stay in memory, so a file of any length goes through in constant memory.
 * Entities are checked against `collectivite.json` (see {@link knownEntities}).
 * A progress bar follows the bytes read when standard error is a terminal. Problems come back with the
 * file name. `onLine` sees every good line as it goes by (to aggregate what the indicators need in the
 * same read).
 */
export async function computeInventory(
  project: LoadedProject,
  year: number,
  pack: FactorPack,
  r: Reporter,
  onLine?: (line: InventoryLineView) => void,
): Promise<InventoryFootprintResult> {
  const file = LAYOUT.data(year, "inventaire.csv");
  const size = await project.files.size(file);
  const progress = createProgress(r.io.stderr, project.files.display(file), size, !r.options.quiet && !r.options.json);
  const read = inventoryReadSettings(project.settings);
  const known = knownEntities(project.collectivite);
  try {
    const result = await computeInventoryFootprint(
      project.files.stream(file, (bytes) => progress.update(bytes), { lenientEncoding: true }),
      {
        reportingYear: year,
        pack,
        ...read,
        ...(known ? { knownEntities: known } : {}),
        ...(onLine ? { onLine } : {}),
      },
    );
    return { ...result, problems: project.files.withFile(file, result.problems) };
  } finally {
    progress.finish();
  }
}
