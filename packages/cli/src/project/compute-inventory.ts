import type { Problem } from "@nrs/core";
import {
  computeInventoryFootprint,
  mergeInventoryFootprints,
  type FactorPack,
  type InventoryFootprintResult,
  type InventoryLineView,
} from "@nrs/footprint";
import { createProgress } from "../output/progress.js";
import type { Reporter } from "../output/reporter.js";
import { inventorySources, type InventorySource } from "./inventory-sources.js";
import { knownEntities } from "./known-entities.js";
import type { LoadedProject } from "./load-project.js";

/** The footprint of one inventory file, as {@link computeInventory} gives it alongside the sum. */
export interface InventoryFileFootprint {
  /** The file's name in `donnees/<year>/`. */
  readonly name: string;
  /** Its footprint alone (problems named with the file). */
  readonly result: InventoryFootprintResult;
}

/** The year's inventory footprint: every file summed, and each file's own. */
export interface YearInventoryFootprint extends InventoryFootprintResult {
  /** One entry per inventory file, in reading order. */
  readonly files: readonly InventoryFileFootprint[];
}

/**
 * Streams every inventory file of the year (`inventaire.csv`, `inventaire-*.csv`, each with its own
 * settings: see {@link inventorySources}) into `@nrs/footprint`'s `computeInventoryFootprint`, which
 * keeps no line: only the groups of identical devices and the (capped) list of problems stay in memory,
 * so files of any length go through in constant memory. The files' footprints are summed with
 * `mergeInventoryFootprints`; each problem names its file. Entities are checked against
 * `collectivite.json` (see {@link knownEntities}). A progress bar follows the bytes read when standard
 * error is a terminal. `onLine` sees every good line of
 * every file as it goes by (to aggregate what the indicators need in the same read). `undefined` when the
 * year has no inventory file.
 */
export async function computeInventory(
  project: LoadedProject,
  year: number,
  pack: FactorPack,
  r: Reporter,
  onLine?: (line: InventoryLineView) => void,
): Promise<YearInventoryFootprint | undefined> {
  const files: InventoryFileFootprint[] = [];
  for (const source of await inventorySources(project, year)) {
    files.push({ name: source.name, result: await computeInventoryFile(project, source, year, pack, r, onLine) });
  }
  if (files.length === 0) return undefined;
  return { ...mergeInventoryFootprints(files.map((f) => f.result)), files };
}

async function computeInventoryFile(
  project: LoadedProject,
  source: InventorySource,
  year: number,
  pack: FactorPack,
  r: Reporter,
  onLine: ((line: InventoryLineView) => void) | undefined,
): Promise<InventoryFootprintResult> {
  const shown = project.files.display(source.path);
  const progress = createProgress(r.io.stderr, shown, source.size, !r.options.quiet && !r.options.json);
  const known = knownEntities(project.collectivite);
  try {
    const result = await computeInventoryFootprint(
      source.stream((bytes) => progress.update(bytes)),
      {
        reportingYear: year,
        pack,
        ...source.read,
        ...(known ? { knownEntities: known } : {}),
        ...(onLine ? { onLine } : {}),
      },
    );
    const problems: Problem[] = project.files.withFile(source.path, result.problems);
    if (result.stats.problemsNotListed > 0) {
      problems.push({
        code: "NRS_PROBLEMS_NOT_LISTED",
        severity: "info",
        path: [],
        file: shown,
        message: {
          fr: `${result.stats.problemsNotListed} autres problèmes non listés.`,
          en: `${result.stats.problemsNotListed} more problems not listed.`,
        },
      });
    }
    return { ...result, problems };
  } finally {
    progress.finish();
  }
}
