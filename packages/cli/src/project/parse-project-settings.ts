import { problem, type Lang, type Problem, type ProblemCode } from "@nrs/core";
import { readInventorySettings } from "./parse-inventory-settings.js";
import type { ProjectSettings } from "./project-settings.js";

const KNOWN = new Set(["$comment", "$schema", "langue", "facteurs", "inventaire"]);

function settingsProblem(code: ProblemCode, severity: Problem["severity"], path: (string | number)[], fr: string, en: string): Problem {
  return problem(code, path, fr, en, { severity });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads `nrs.json`. Its few members are checked by hand (the CLI carries no schema library); an unknown
 * member is a warning, so a typo does not go unnoticed. The column mapping itself is checked by
 * `@nrs/footprint` when the inventory is read.
 */
export function parseProjectSettings(value: unknown): { settings: ProjectSettings; problems: Problem[] } {
  if (!isObject(value)) {
    return {
      settings: {},
      problems: [
        settingsProblem("NRS_INVALID_TYPE", "error", [], "nrs.json doit contenir un objet JSON.", "nrs.json must hold a JSON object."),
      ],
    };
  }
  const problems: Problem[] = [];
  const settings: { langue?: Lang; facteurs?: string[]; inventaire?: NonNullable<ProjectSettings["inventaire"]> } = {};
  for (const key of Object.keys(value)) {
    if (!KNOWN.has(key)) {
      problems.push(
        settingsProblem("NRS_UNKNOWN_KEY", "warning", [key], `Réglage inconnu « ${key} » (ignoré).`, `Unknown setting "${key}" (ignored).`),
      );
    }
  }
  const { langue, facteurs, inventaire } = value;
  if (langue === "fr" || langue === "en") settings.langue = langue;
  else if (langue !== undefined)
    problems.push(settingsProblem("NRS_INVALID_ENUM", "error", ["langue"], "langue : « fr » ou « en ».", 'langue: "fr" or "en".'));
  if (Array.isArray(facteurs) && facteurs.every((f) => typeof f === "string" && f.length > 0)) settings.facteurs = facteurs as string[];
  else if (facteurs !== undefined) {
    problems.push(
      settingsProblem(
        "NRS_INVALID_TYPE",
        "error",
        ["facteurs"],
        "facteurs : une liste de chemins de fichiers JSON.",
        "facteurs: a list of JSON file paths.",
      ),
    );
  }
  if (isObject(inventaire)) {
    const inv = readInventorySettings(inventaire, problems);
    if (inv !== undefined) settings.inventaire = inv;
  } else if (inventaire !== undefined) {
    problems.push(settingsProblem("NRS_INVALID_TYPE", "error", ["inventaire"], "inventaire : un objet.", "inventaire: an object."));
  }
  return { settings, problems };
}
