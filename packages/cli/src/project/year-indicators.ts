import type { Problem } from "@nrs/core";
import type { FactorPack } from "@nrs/footprint";
import { computeIndicators, type IndicatorResults } from "@nrs/indicators";
import type { Reporter } from "../output/reporter.js";
import type { LoadedProject } from "./load-project.js";
import { loadYearData, type YearData } from "./load-year-data.js";

/** A year's data and the indicators `@nrs/indicators` computes from it (all entities together). */
export interface YearIndicators extends YearData {
  readonly results: IndicatorResults;
  /** Problems of the files and of the computation. */
  readonly allProblems: readonly Problem[];
}

/** Loads a year's data files and runs `computeIndicators` on them. */
export async function yearIndicators(
  project: LoadedProject,
  year: number,
  pack: FactorPack,
  r: Reporter,
  options: { readonly inventoryLines: boolean },
): Promise<YearIndicators> {
  const loaded = await loadYearData(project, year, pack, r, options);
  const results = computeIndicators(loaded.data, { year });
  return { ...loaded, results, allProblems: [...loaded.problems, ...results.problems] };
}
