import type { Problem } from "@nrs/core";

type Path = (string | number)[];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function wrong(path: Path, fr: string, en: string): Problem {
  return { code: "NRS_INVALID_TYPE", severity: "error", path, message: { fr, en } };
}

/** `{ "text": "text" }` (or `null` values when `nullable`), else a problem per wrong member. */
function textRecord(value: unknown, path: Path, problems: Problem[], nullable = false): void {
  if (!isObject(value)) {
    problems.push(wrong(path, "Un objet { « texte » : « texte » } est attendu.", 'An object { "text": "text" } is expected.'));
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === "string" || (nullable && v === null)) continue;
    problems.push(
      wrong([...path, k], nullable ? "Texte ou null attendu." : "Texte attendu.", nullable ? "Text or null expected." : "Text expected."),
    );
  }
}

/**
 * Checks the shape of `inventaire.correspondance` in `nrs.json` (a `ColumnMapping`: `name` text,
 * `columns` text → text or null, `constants` text → text, `values` column → text → text), so that a
 * number where text belongs is a problem at its path rather than a crash when the inventory is read.
 * What the names mean (known columns, type codes) is checked by `@nrs/footprint` with the inventory.
 */
export function columnMappingProblems(value: Record<string, unknown>, path: Path): Problem[] {
  const problems: Problem[] = [];
  if (value.name !== undefined && typeof value.name !== "string")
    problems.push(wrong([...path, "name"], "Texte attendu.", "Text expected."));
  if (value.columns !== undefined) textRecord(value.columns, [...path, "columns"], problems, true);
  if (value.constants !== undefined) textRecord(value.constants, [...path, "constants"], problems);
  if (value.values !== undefined) {
    if (!isObject(value.values))
      problems.push(wrong([...path, "values"], "Un objet par colonne est attendu.", "An object per column is expected."));
    else for (const [column, map] of Object.entries(value.values)) textRecord(map, [...path, "values", column], problems);
  }
  for (const key of Object.keys(value)) {
    if (!["name", "columns", "constants", "values"].includes(key)) {
      problems.push({
        code: "NRS_UNKNOWN_KEY",
        severity: "warning",
        path: [...path, key],
        message: { fr: `Réglage inconnu « ${key} » (ignoré).`, en: `Unknown setting "${key}" (ignored).` },
      });
    }
  }
  return problems;
}
