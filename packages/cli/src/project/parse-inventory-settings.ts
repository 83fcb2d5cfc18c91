import { problem, type Problem, type ProblemCode } from "@nrs/core";
import { ASSET_PROFILES, isAssetStatus, type AssetProfileId, type AssetProfileSettings, type ColumnMapping } from "@nrs/footprint";
import { columnMappingProblems } from "./mapping-shape.js";
import { isInventoryFile } from "./project-layout.js";
import type { InventoryFileSettings, InventorySettings } from "./project-settings.js";

type Path = (string | number)[];

function settingsProblem(code: ProblemCode, severity: Problem["severity"], path: Path, fr: string, en: string): Problem {
  return problem(code, path, fr, en, { severity });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const PROFILE_IDS: readonly string[] = ASSET_PROFILES.map((p) => p.id);
const PROFILE_KEYS = new Set(["type", "types", "entites", "entities", "statuts", "sites", "ordreDate"]);

/**
 * `inventaire`: how to read the year's inventory files. One of a column mapping (`correspondance`) or an
 * asset-manager profile (`glpi`, `ocs`, `snipeit`) applies to every `inventaire*.csv`; `fichiers` gives a
 * file its own (`{ "inventaire-reseau.csv": { "glpi": { "type": "switch" } } }`, `{}` for the canonical
 * format or a header recognised by itself).
 */
export function readInventorySettings(inventaire: Record<string, unknown>, problems: Problem[]): InventorySettings | undefined {
  for (const key of Object.keys(inventaire)) {
    // The profiles of @nrs/footprint's registry (ASSET_PROFILES), written out for docs/formats/nrs-json.md's check.
    if (key !== "correspondance" && key !== "glpi" && key !== "ocs" && key !== "snipeit" && key !== "fichiers")
      problems.push(
        settingsProblem(
          "NRS_UNKNOWN_KEY",
          "warning",
          ["inventaire", key],
          `Réglage inconnu « ${key} » (ignoré ; attendus : correspondance, ${PROFILE_IDS.join(", ")}, fichiers).`,
          `Unknown setting "${key}" (ignored; expected: correspondance, ${PROFILE_IDS.join(", ")}, fichiers).`,
        ),
      );
  }
  const common = readFileSettings(inventaire, ["inventaire"], problems);
  const fichiers = inventaire.fichiers;
  if (fichiers === undefined) return common;
  if (!isObject(fichiers)) {
    problems.push(
      settingsProblem(
        "NRS_INVALID_TYPE",
        "error",
        ["inventaire", "fichiers"],
        "fichiers : un objet « nom de fichier » → réglages (ex. « inventaire-reseau.csv » : { « glpi » : {} }).",
        'fichiers: an object "file name" → settings (e.g. "inventaire-reseau.csv": { "glpi": {} }).',
      ),
    );
    return common;
  }
  const files: Record<string, InventoryFileSettings> = {};
  for (const [name, value] of Object.entries(fichiers)) {
    const path = ["inventaire", "fichiers", name];
    if (!isInventoryFile(name)) {
      problems.push(
        settingsProblem(
          "NRS_INVALID_VALUE",
          "error",
          path,
          `« ${name} » n'est pas un nom de fichier d'inventaire : inventaire.csv ou inventaire-<nom>.csv (lettres, chiffres, - et _).`,
          `"${name}" is not an inventory file name: inventaire.csv or inventaire-<name>.csv (letters, digits, - and _).`,
        ),
      );
      continue;
    }
    if (!isObject(value)) {
      problems.push(
        settingsProblem(
          "NRS_INVALID_TYPE",
          "error",
          path,
          `${name} : un objet (correspondance, ${PROFILE_IDS.join(", ")}, ou {}).`,
          `${name}: an object (correspondance, ${PROFILE_IDS.join(", ")}, or {}).`,
        ),
      );
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key !== "correspondance" && !PROFILE_IDS.includes(key))
        problems.push(
          settingsProblem(
            "NRS_UNKNOWN_KEY",
            "warning",
            [...path, key],
            `Réglage inconnu « ${key} » (ignoré ; attendus : correspondance, ${PROFILE_IDS.join(", ")}).`,
            `Unknown setting "${key}" (ignored; expected: correspondance, ${PROFILE_IDS.join(", ")}).`,
          ),
        );
    }
    files[name] = readFileSettings(value, path, problems) ?? {};
  }
  return { ...common, fichiers: files };
}

/** One of `correspondance`, `glpi`, `ocs`, `snipeit` at `path`, or `undefined` when none (or a wrong one) is given. */
function readFileSettings(block: Record<string, unknown>, path: Path, problems: Problem[]): InventoryFileSettings | undefined {
  const given = Object.keys(block).filter((k) => k === "correspondance" || PROFILE_IDS.includes(k));
  if (given.length > 1) {
    problems.push(
      settingsProblem(
        "NRS_INVALID_VALUE",
        "error",
        path,
        `${path.join(" › ")} : un seul de correspondance, ${PROFILE_IDS.join(", ")} (trouvés : ${given.join(", ")}).`,
        `${path.join(" › ")}: only one of correspondance, ${PROFILE_IDS.join(", ")} (found: ${given.join(", ")}).`,
      ),
    );
    return undefined;
  }
  const key = given[0];
  if (key === undefined) return undefined;
  const value = block[key];
  if (!isObject(value)) {
    problems.push(
      settingsProblem(
        "NRS_INVALID_TYPE",
        "error",
        [...path, key],
        `${key} : un objet (voir docs/guides/bilan-from-asset-export.md).`,
        `${key}: an object (see docs/guides/bilan-from-asset-export.md).`,
      ),
    );
    return undefined;
  }
  if (key === "correspondance") {
    const shape = columnMappingProblems(value, [...path, "correspondance"]);
    if (shape.length > 0) {
      problems.push(...shape);
      return undefined;
    }
    return { correspondance: value as ColumnMapping, mapping: value as ColumnMapping };
  }
  const settings = readProfileSettings(value, [...path, key], problems);
  return { ...(key === "glpi" ? { glpi: settings } : {}), profile: { id: key as AssetProfileId, settings } };
}

/** A profile's settings (`type`, `types`, `entites`, `statuts`, `sites`, `ordreDate`); wrong members are problems and left out. */
function readProfileSettings(value: Record<string, unknown>, at: Path, problems: Problem[]): AssetProfileSettings {
  const settings: { -readonly [K in keyof AssetProfileSettings]: AssetProfileSettings[K] } = {};
  for (const [k, v] of Object.entries(value)) {
    const path = [...at, k];
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
  return settings;
}
