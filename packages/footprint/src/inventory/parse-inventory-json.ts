import { problem, type CsvRow, type Problem } from "@nrs/core";
import { inventoryCollector } from "./inventory-collector.js";
import { resolveInventoryColumn, type InventoryColumnKey } from "./inventory-columns.js";
import { normalizeInventoryWord } from "./normalize-word.js";
import type { InventoryParseResult } from "./inventory-parse-result.js";
import type { ParseInventoryCsvOptions } from "./parse-inventory-options.js";

/**
 * Options of {@link parseInventoryJson}: those of {@link parseInventoryCsv} but the separator.
 *
 * @example
 * ```ts
 * import { parseInventoryJson, type ParseInventoryJsonOptions } from "@nrs/footprint";
 * const options: ParseInventoryJsonOptions = { reportingYear: 2024 };
 * console.log(parseInventoryJson([{ type: "ecran", quantite: 1 }], options).groups?.groups.length); // 1
 * ```
 */
export type ParseInventoryJsonOptions = Omit<ParseInventoryCsvOptions, "delimiter">;

/**
 * Reads an inventory in its JSON form: an array of objects (or `{ "equipements": [...] }`) whose keys
 * are the columns of the CSV form (French names or English aliases) and whose values are strings or
 * numbers. The same checks as {@link parseInventoryCsv} apply; problems carry the path
 * `[index, column]` instead of a line and column. Items keep `line: 0`.
 *
 * @example
 * ```ts
 * import { parseInventoryJson } from "@nrs/footprint";
 * const r = parseInventoryJson([
 *   { type: "ordinateur_portable", quantite: 12, date_acquisition: "2023-09-01", entite: "epci" },
 *   { type: "laptop", quantity: -1 },
 * ]);
 * console.log(r.items.length, r.problems[0]?.code, r.problems[0]?.path); // 1 NRS_NEGATIVE [1, "quantite"]
 * ```
 */
export function parseInventoryJson(input: unknown, options: ParseInventoryJsonOptions = {}): InventoryParseResult {
  const list = Array.isArray(input)
    ? input
    : typeof input === "object" && input !== null && Array.isArray((input as { equipements?: unknown }).equipements)
      ? (input as { equipements: unknown[] }).equipements
      : undefined;
  if (list === undefined) {
    const p = problem(
      "NRS_INVENTORY_NOT_A_LIST",
      [],
      'Un inventaire JSON est un tableau d\'objets (ou { "equipements": [...] }).',
      'A JSON inventory is an array of objects (or { "equipements": [...] }).',
    );
    return { ok: false, items: [], problems: [p], stats: { records: 0, goodRows: 0, badRows: 0, quantity: 0, problemsNotListed: 0 } };
  }
  if (list.length === 0) {
    const p: Problem = {
      code: "NRS_INVENTORY_NO_ROWS",
      severity: "warning",
      path: [],
      message: { fr: "L'inventaire ne contient aucun équipement.", en: "The inventory holds no equipment." },
    };
    return { ok: true, items: [], problems: [p], stats: { records: 0, goodRows: 0, badRows: 0, quantity: 0, problemsNotListed: 0 } };
  }
  // Keys are turned into canonical column names first, so that objects may use different aliases.
  const mapped = new Map<string, InventoryColumnKey | null>();
  for (const [h, k] of Object.entries(options.mapping?.columns ?? {})) mapped.set(normalizeInventoryWord(h), k);
  const canonical = (k: string): string | null => {
    const n = normalizeInventoryWord(k);
    if (mapped.has(n)) return mapped.get(n) ?? null;
    return resolveInventoryColumn(k) ?? k;
  };
  const keys: string[] = [];
  const seen = new Set<string>();
  const early: Problem[] = [];
  const objects: (Map<string, unknown> | undefined)[] = list.map((o, i) => {
    if (typeof o !== "object" || o === null || Array.isArray(o)) {
      early.push(problem("NRS_INVALID_TYPE", [i], "Chaque équipement est un objet.", "Each item is an object."));
      return undefined;
    }
    const m = new Map<string, unknown>();
    for (const [k, v] of Object.entries(o)) {
      const c = canonical(k);
      if (c === null) continue;
      if (m.has(c)) {
        early.push(
          problem(
            "NRS_INVENTORY_DUPLICATE_COLUMN",
            [i, k],
            `« ${c} » est donné deux fois dans cet objet.`,
            `"${c}" is given twice in this object.`,
          ),
        );
        return undefined;
      }
      m.set(c, v);
      if (!seen.has(c)) {
        seen.add(c);
        keys.push(c);
      }
    }
    return m;
  });
  const collector = inventoryCollector(options, "json");
  const reader = collector.reader;
  const columns = keys.map((_, i) => i + 1);
  reader.push({ line: 1, cells: keys, columns });
  let badObjects = 0;
  objects.forEach((m, i) => {
    if (m === undefined) {
      badObjects++;
      return;
    }
    let bad = false;
    const cells = keys.map((k) => {
      const v = m.get(k);
      if (v === undefined || v === null) return "";
      if (typeof v === "number") return Number.isFinite(v) ? String(v) : "NaN";
      if (typeof v === "string") return v;
      early.push(problem("NRS_INVALID_TYPE", [i, k], "Texte ou nombre attendu.", "Text or number expected."));
      bad = true;
      return "";
    });
    if (bad) {
      badObjects++;
      return;
    }
    const row: CsvRow = { line: i + 2, cells, columns };
    reader.push(row);
  });
  reader.end();
  // Back from the reader's line/column to the JSON path.
  const translate = (p: Problem): Problem => {
    if (p.line === undefined) return p;
    const { line, column, ...rest } = p;
    if (line === 1) return { ...rest, path: p.path.length > 0 || column === undefined ? p.path : [keys[column - 1] ?? ""] };
    const key = column === undefined ? undefined : keys[column - 1];
    const path = p.path.length > 0 ? [line - 2, ...p.path] : key === undefined ? [line - 2] : [line - 2, key];
    return { ...rest, path };
  };
  const r = collector.result({ early, badObjects, translate });
  if (r.groups === undefined) return r;
  // Groups have no line either, and their problems a path.
  return {
    ...r,
    groups: { ...r.groups, groups: r.groups.groups.map((g) => ({ ...g, firstLine: 0 })), problems: r.groups.problems.map(translate) },
  };
}
