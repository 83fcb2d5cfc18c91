import type { Problem } from "@nrs/core";
import type { Reporter } from "./reporter.js";

/** How many problems of each severity. */
export interface ProblemCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Counts problems by severity. */
export function countProblems(problems: readonly Problem[]): ProblemCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const p of problems) {
    if (p.severity === "error") errors++;
    else if (p.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** One human line: `2 erreurs, 1 avertissement` / `no error, 1 warning`. */
export function describeCounts(counts: ProblemCounts, r: Reporter): string {
  const fr = r.lang === "fr";
  const part = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;
  const errors =
    counts.errors === 0 ? (fr ? "aucune erreur" : "no error") : part(counts.errors, fr ? "erreur" : "error", fr ? "erreurs" : "errors");
  const warnings = part(counts.warnings, fr ? "avertissement" : "warning", fr ? "avertissements" : "warnings");
  const infos = counts.infos > 0 ? `, ${part(counts.infos, "information", fr ? "informations" : "notes")}` : "";
  return `${errors}, ${warnings}${infos}`;
}
