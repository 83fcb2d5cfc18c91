import type { Problem } from "@nrs/core";
import type { Reporter } from "../output/reporter.js";
import type { LoadedProject } from "./load-project.js";
import { LAYOUT } from "./project-layout.js";
import { readInventory } from "./read-inventory.js";

/** Every problem in the data files of one year (`donnees/<year>/`), each with file, line and column. */
export async function checkYearData(project: LoadedProject, year: number, r: Reporter): Promise<Problem[]> {
  const problems: Problem[] = [];
  const present = await project.files.dataFiles(year);
  if (present.includes("inventaire.csv")) {
    const inventory = await readInventory(project, year, r);
    problems.push(...inventory.problems);
    if (inventory.stats.problemsNotListed > 0) {
      problems.push({
        code: "NRS_PROBLEMS_NOT_LISTED",
        severity: "info",
        path: [],
        file: project.files.display(LAYOUT.data(year, "inventaire.csv")),
        message: {
          fr: `${inventory.stats.problemsNotListed} autres problèmes non listés.`,
          en: `${inventory.stats.problemsNotListed} more problems not listed.`,
        },
      });
    }
  }
  return problems;
}
