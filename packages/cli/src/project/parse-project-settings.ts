import { definedProps, problem, problemsFromZod, type Problem } from "@nrs/core";
import type * as z from "zod/mini";
import type { AssetProfileId, AssetProfileSettings, ColumnMapping } from "@nrs/footprint";
import type { InventoryFileSettings, ProjectSettings } from "./project-settings.js";
import { READ_KEYS, SETTINGS_SCHEMA, type SettingsInput } from "./settings-schema.js";

type FileInput = Omit<NonNullable<SettingsInput["inventaire"]>, "fichiers">;

type Path = readonly PropertyKey[];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A copy of `value` without the member at `path` (objects only; the rest shared). */
function without(value: unknown, path: Path): unknown {
  const [head, ...rest] = path;
  if (head === undefined || !isObject(value) || typeof head !== "string" || !Object.hasOwn(value, head)) return value;
  const copy: Record<string, unknown> = { ...value };
  if (rest.length === 0) delete copy[head];
  else copy[head] = without(value[head], rest);
  return copy;
}

/** The problems of one round of checking, and what to drop before the next. */
function sort(issues: readonly z.core.$ZodIssue[], problems: Problem[]): Path[] {
  const drop: Path[] = [];
  const errors: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    if (issue.code === "invalid_key") {
      const path = issue.path.map(String);
      const name = path.at(-1) ?? "";
      problems.push(
        problem(
          "NRS_INVALID_VALUE",
          path,
          `« ${name} » n'est pas un nom de fichier d'inventaire : inventaire.csv ou inventaire-<nom>.csv (lettres, chiffres, - et _).`,
          `"${name}" is not an inventory file name: inventaire.csv or inventaire-<name>.csv (letters, digits, - and _).`,
        ),
      );
      drop.push(path);
      continue;
    }
    if (issue.code !== "unrecognized_keys") {
      errors.push(issue);
      // The member at fault is left out (the rest of the settings still applies): one way of reading the
      // inventory, or of reading one of its files (`inventaire.fichiers.<file>.<way>`).
      const depth = issue.path[1] === "fichiers" ? 4 : 2;
      drop.push(issue.path.slice(0, Math.max(1, Math.min(issue.path.length, depth))));
      continue;
    }
    for (const key of issue.keys) {
      const path = [...issue.path.map(String), key];
      problems.push(
        problem("NRS_UNKNOWN_KEY", path, `Réglage inconnu « ${key} » (ignoré).`, `Unknown setting "${key}" (ignored).`, {
          severity: "warning",
        }),
      );
      drop.push(path);
    }
  }
  // An enumeration keeps the code the settings always used for it.
  for (const [i, p] of problemsFromZod({ issues: errors }).entries()) {
    problems.push(errors[i]?.code === "invalid_value" ? { ...p, code: "NRS_INVALID_ENUM" } : p);
  }
  return drop;
}

/** How one inventory file is read (`inventaire`, or one entry of its `fichiers`), from what the schema accepted. */
function toFileSettings(input: FileInput): InventoryFileSettings | undefined {
  const key = READ_KEYS.find((k) => input[k] !== undefined);
  if (key === undefined) return undefined;
  if (key === "correspondance") {
    const mapping = input.correspondance as ColumnMapping;
    return { correspondance: mapping, mapping };
  }
  const { entities, entites, ...rest } = input[key] ?? {};
  // `entities` is the earlier English spelling of `entites`.
  const given = entites ?? entities;
  const s: AssetProfileSettings = { ...rest, ...definedProps({ entites: given }) } as AssetProfileSettings;
  return { ...(key === "glpi" ? { glpi: s } : {}), profile: { id: key as AssetProfileId, settings: s } };
}

/** The settings the commands read, from what the schema accepted. */
function toSettings(input: SettingsInput): ProjectSettings {
  const { langue, facteurs, inventaire } = input;
  const settings: { -readonly [K in keyof ProjectSettings]: ProjectSettings[K] } = {};
  if (langue !== undefined) settings.langue = langue;
  if (facteurs !== undefined) settings.facteurs = facteurs;
  if (inventaire === undefined) return settings;
  const common = toFileSettings(inventaire);
  if (inventaire.fichiers === undefined) {
    if (common !== undefined) settings.inventaire = common;
    return settings;
  }
  const fichiers = Object.fromEntries(Object.entries(inventaire.fichiers).map(([name, f]) => [name, toFileSettings(f) ?? {}]));
  settings.inventaire = { ...common, fichiers };
  return settings;
}

/**
 * Reads `nrs.json` with its one schema ({@link SETTINGS_SCHEMA}, also the source of the shipped
 * `schemas/nrs.schema.json`). Every problem has its path (the caller adds the file, line and column). An
 * unknown member is a warning and is ignored, so a typo does not go unnoticed; a wrong member is an error
 * and is left out, the rest of the settings still applies. What the names of a column mapping mean is
 * checked by `@nrs/footprint` when the inventory is read.
 */
export function parseProjectSettings(value: unknown): { settings: ProjectSettings; problems: Problem[] } {
  if (!isObject(value)) {
    return {
      settings: {},
      problems: [problem("NRS_INVALID_TYPE", [], "nrs.json doit contenir un objet JSON.", "nrs.json must hold a JSON object.")],
    };
  }
  const problems: Problem[] = [];
  let input: unknown = value;
  // Each round leaves out what the previous one found wrong; a check on an object (one way of reading the
  // inventory) runs once its members are right, so a few rounds at most.
  for (let round = 0; round < 5; round++) {
    const r = SETTINGS_SCHEMA.safeParse(input, { reportInput: true });
    if (r.success) return { settings: toSettings(r.data), problems };
    const before = input;
    for (const path of sort(r.error.issues, problems)) input = without(input, path);
    if (input === before) break;
  }
  return { settings: {}, problems };
}
