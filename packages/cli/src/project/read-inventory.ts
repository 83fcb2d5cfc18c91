import { parseInventoryCsv, type InventoryParseResult } from "@nrs/footprint";
import { createProgress } from "../output/progress.js";
import type { Reporter } from "../output/reporter.js";
import type { LoadedProject } from "./load-project.js";
import { LAYOUT } from "./project-layout.js";

/**
 * Streams `donnees/<year>/inventaire.csv` through `@nrs/footprint`'s `parseInventoryCsv` from a file
 * read stream, without keeping its lines: only the groups for the reporting year and the (capped) list
 * of problems stay in memory, so a file of any length goes through in constant memory. A progress bar
 * follows the bytes read when standard error is a terminal.
 */
export async function readInventory(project: LoadedProject, year: number, r: Reporter): Promise<InventoryParseResult> {
  const file = LAYOUT.data(year, "inventaire.csv");
  const size = await project.files.size(file);
  const progress = createProgress(r.io.stderr, project.files.display(file), size, !r.options.quiet && !r.options.json);
  try {
    const result = await parseInventoryCsv(
      project.files.stream(file, (bytes) => progress.update(bytes)),
      { keepItems: false, reportingYear: year },
    );
    return { ...result, problems: project.files.withFile(file, result.problems) };
  } finally {
    progress.finish();
  }
}
