import type { Problem } from "@nrs/core";
import type { LoadedProject } from "./load-project.js";

/** Compliance findings of `@nrs/model` on the project (wired when the checks land). */
export function complianceFindings(project: LoadedProject): Problem[] {
  void project;
  return [];
}
