import type { Lang } from "./message.js";
import type { Problem } from "./problem.js";

/**
 * One line for a person: `file:line:column CODE message (path) [ref]`, in French or English.
 * Parts that are unknown are left out.
 *
 * @example
 * ```ts
 * import { formatProblem } from "@nrs/core";
 * const line = formatProblem(
 *   { code: "NRS_REQUIRED", severity: "error", path: ["type"], file: "inventaire.csv", line: 3, column: 1,
 *     message: { fr: "Champ obligatoire manquant.", en: "Required field is missing." } },
 *   "fr",
 * );
 * console.log(line); // inventaire.csv:3:1 erreur NRS_REQUIRED Champ obligatoire manquant. (type)
 * ```
 */
export function formatProblem(problem: Problem, lang: Lang = "fr"): string {
  let where = problem.file ?? "";
  if (problem.line !== undefined) {
    where += `${where ? ":" : ""}${problem.line}`;
    if (problem.column !== undefined) where += `:${problem.column}`;
  }
  const severity = lang === "fr" ? SEVERITY_FR[problem.severity] : problem.severity;
  const path = problem.path.length > 0 ? ` (${formatPath(problem.path)})` : "";
  const ref = problem.ref ? ` [${problem.ref}]` : "";
  return `${where ? `${where} ` : ""}${severity} ${problem.code} ${problem.message[lang]}${path}${ref}`;
}

const SEVERITY_FR = { error: "erreur", warning: "avertissement", info: "info" } as const;

/**
 * Writes a problem path the way a developer reads it: `objectifs[2].cibles[0].indicateur`.
 *
 * @example
 * ```ts
 * import { formatPath } from "@nrs/core";
 * console.log(formatPath(["objectifs", 2, "cibles"])); // objectifs[2].cibles
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : `${out ? "." : ""}${part}`;
  }
  return out;
}
