import type { Problem } from "@nrs/core";
import type { Reporter } from "../output/reporter.js";
import type { LoadedProject } from "./load-project.js";

/** Every problem in the data files of one year (wired to the libraries' parsers as they land). */
export async function checkYearData(project: LoadedProject, year: number, _r: Reporter): Promise<Problem[]> {
  void project;
  void year;
  return [];
}
