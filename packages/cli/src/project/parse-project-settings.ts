import { problem, type Lang, type Problem, type ProblemCode } from "@nrs/core";
import { ASSET_PROFILES, isAssetStatus, type AssetProfileId, type AssetProfileSettings, type ColumnMapping } from "@nrs/footprint";
import { columnMappingProblems } from "./mapping-shape.js";
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

const PROFILE_IDS: readonly string[] = ASSET_PROFILES.map((p) => p.id);
const PROFILE_KEYS = new Set(["type", "types", "entites", "entities", "statuts", "sites", "ordreDate"]);

/** `inventaire`: a column mapping (`correspondance`) or one asset-manager profile (`glpi`, `ocs`, `snipeit`) with its settings. */
function readInventorySettings(inventaire: Record<string, unknown>, problems: Problem[]): ProjectSettings["inventaire"] {
  const given = Object.keys(inventaire).filter((k) => k === "correspondance" || PROFILE_IDS.includes(k));
  for (const key of Object.keys(inventaire)) {
    // The profiles of @nrs/footprint's registry (ASSET_PROFILES), written out for docs/formats/nrs-json.md's check.
    if (key !== "correspondance" && key !== "glpi" && key !== "ocs" && key !== "snipeit")
      problems.push(
        settingsProblem(
          "NRS_UNKNOWN_KEY",
          "warning",
          ["inventaire", key],
          `Réglage inconnu « ${key} » (ignoré ; attendus : correspondance, ${PROFILE_IDS.join(", ")}).`,
          `Unknown setting "${key}" (ignored; expected: correspondance, ${PROFILE_IDS.join(", ")}).`,
        ),
      );
  }
  if (given.length > 1) {
    problems.push(
      settingsProblem(
        "NRS_INVALID_VALUE",
        "error",
        ["inventaire"],
        `inventaire : un seul de correspondance, ${PROFILE_IDS.join(", ")} (trouvés : ${given.join(", ")}).`,
        `inventaire: only one of correspondance, ${PROFILE_IDS.join(", ")} (found: ${given.join(", ")}).`,
      ),
    );
    return undefined;
  }
  const key = given[0];
  if (key === undefined) return undefined;
  const value = inventaire[key];
  if (!isObject(value)) {
    problems.push(
      settingsProblem(
        "NRS_INVALID_TYPE",
        "error",
        ["inventaire", key],
        `${key} : un objet (voir docs/guides/bilan-from-asset-export.md).`,
        `${key}: an object (see docs/guides/bilan-from-asset-export.md).`,
      ),
    );
    return undefined;
  }
  if (key === "correspondance") {
    const shape = columnMappingProblems(value, ["inventaire", "correspondance"]);
    if (shape.length > 0) {
      problems.push(...shape);
      return undefined;
    }
    return { correspondance: value as ColumnMapping, mapping: value as ColumnMapping };
  }
  const settings: { -readonly [K in keyof AssetProfileSettings]: AssetProfileSettings[K] } = {};
  for (const [k, v] of Object.entries(value)) {
    const path = ["inventaire", key, k];
    if (!PROFILE_KEYS.has(k)) {
      problems.push(
        settingsProblem(
          "NRS_UNKNOWN_KEY",
          "warning",
          path,
          `Réglage inconnu « ${k} » (ignoré ; attendus : type, types, entites, statuts, sites, ordreDate).`,
          `Unknown setting "${k}" (ignored; expected: type, types, entites, statuts, sites, ordreDate).`,
        ),
      );
    } else if (k === "type") {
      if (typeof v === "string") settings.type = v;
      else
        problems.push(
          settingsProblem(
            "NRS_INVALID_TYPE",
            "error",
            path,
            "type : un code de type (ex. « ecran »).",
            'type: a type code (e.g. "ecran").',
          ),
        );
    } else if (k === "ordreDate") {
      if (v === "dmy" || v === "mdy") settings.ordreDate = v;
      else
        problems.push(
          settingsProblem(
            "NRS_INVALID_ENUM",
            "error",
            path,
            "ordreDate : « dmy » (JJ-MM-AAAA) ou « mdy » (MM-JJ-AAAA).",
            'ordreDate: "dmy" (DD-MM-YYYY) or "mdy" (MM-DD-YYYY).',
          ),
        );
    } else if (!isObject(v) || !Object.values(v).every((x) => typeof x === "string" || (x === null && k === "types"))) {
      problems.push(
        settingsProblem(
          "NRS_INVALID_TYPE",
          "error",
          path,
          `${k} : un objet « valeur du fichier » → texte${k === "types" ? " (ou null pour écarter)" : ""}.`,
          `${k}: an object "value in the file" → text${k === "types" ? " (or null to leave out)" : ""}.`,
        ),
      );
    } else if (k === "statuts") {
      const bad = Object.entries(v).filter(([, s]) => !isAssetStatus(s));
      if (bad.length > 0)
        problems.push(
          settingsProblem(
            "NRS_INVALID_ENUM",
            "error",
            path,
            `statuts : en_service, en_stock ou sorti (pas ${bad.map(([, s]) => JSON.stringify(s)).join(", ")}).`,
            `statuts: en_service, en_stock or sorti (not ${bad.map(([, s]) => JSON.stringify(s)).join(", ")}).`,
          ),
        );
      else settings.statuts = v as NonNullable<AssetProfileSettings["statuts"]>;
    } else if (k === "types") settings.types = v as NonNullable<AssetProfileSettings["types"]>;
    else if (k === "sites") settings.sites = v as NonNullable<AssetProfileSettings["sites"]>;
    else settings.entites = v as Record<string, string>; // `entities` is the earlier English spelling
  }
  return { ...(key === "glpi" ? { glpi: settings } : {}), profile: { id: key as AssetProfileId, settings } };
}
