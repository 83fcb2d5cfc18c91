import type { CsvRow } from "@nrs/core";
import type { ColumnMapping } from "./column-mapping.js";
import type { InventoryColumnKey } from "./inventory-columns.js";
import { normalizeInventoryWord } from "./normalize-word.js";

/**
 * The text of a cell as the reader validates it: trimmed, with the mapping applied (a constant for an
 * absent column or an empty cell, a value translated by the mapping's table). @internal
 */
/** What a value table maps a `null` to: the line is left out (a type the user excludes). @internal */
export const EXCLUDED = "\u0000";

export class MappedCells {
  /** Header (normalised) → column key, or `null` for a column to ignore. */
  readonly columns = new Map<string, InventoryColumnKey | null>();
  readonly constants = new Map<InventoryColumnKey, string>();
  private readonly valueMaps = new Map<InventoryColumnKey, Map<string, string>>();

  constructor(m: ColumnMapping | undefined) {
    if (m?.columns) for (const [h, k] of Object.entries(m.columns)) this.columns.set(normalizeInventoryWord(h), k);
    if (m?.constants) for (const [k, v] of Object.entries(m.constants)) if (v !== undefined) this.constants.set(k as InventoryColumnKey, v);
    for (const [k, table] of Object.entries(m?.values ?? {})) {
      if (!table) continue;
      const map = new Map<string, string>();
      for (const [from, to] of Object.entries(table)) map.set(normalizeInventoryWord(from), to ?? EXCLUDED);
      this.valueMaps.set(k as InventoryColumnKey, map);
    }
  }

  /** The text of cell `i` (-1: the column is absent) of `row`, for column `key`. */
  cell(row: CsvRow, i: number, key: InventoryColumnKey): string {
    let v: string;
    if (i < 0 || i >= row.cells.length) v = this.constants.get(key) ?? "";
    else {
      v = row.cells[i] as string;
      // trim() only when needed: most cells have no surrounding space and the call is on the hot path.
      const n = v.length;
      if (n > 0) {
        const a = v.charCodeAt(0);
        const z = v.charCodeAt(n - 1);
        if (a <= 32 || a >= 127 || z <= 32 || z >= 127) v = v.trim();
      }
    }
    // An empty cell takes the mapping's constant for its column, as a missing column does.
    if (v === "" && this.constants.size > 0) v = this.constants.get(key) ?? "";
    if (this.valueMaps.size > 0) {
      const map = this.valueMaps.get(key);
      if (map !== undefined && v !== "") v = map.get(normalizeInventoryWord(v)) ?? v;
    }
    return v;
  }
}

/** The column of cell `i` of `row`, 1-based; just after the last cell for a missing trailing one. @internal */
export function cellColumn(row: CsvRow, i: number): number {
  if (i < 0) return 1;
  const c = row.columns[i];
  if (c !== undefined) return c;
  const last = row.columns.length - 1;
  return last >= 0 ? (row.columns[last] as number) + (row.cells[last] as string).length + 1 : 1;
}
