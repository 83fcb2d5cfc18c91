import type { CsvRow, Problem } from "@nrs/core";
import { quote } from "./cell-problem.js";
import { REQUIRED_INVENTORY_COLUMNS, resolveInventoryColumn, type InventoryColumnKey } from "./inventory-columns.js";
import type { MappedCells } from "./mapped-cells.js";
import { normalizeInventoryWord } from "./normalize-word.js";

/** What the header line of an inventory says: where each known column is, and whether reading can go on. @internal */
export interface InventoryHeader {
  /** Number of cells of the header. */
  readonly width: number;
  /** Index of each column found. */
  readonly index: ReadonlyMap<InventoryColumnKey, number>;
  /** True when the rows cannot be read (unreadable header, a column twice, a required column missing). */
  readonly fatal: boolean;
}

function headerProblem(
  code: string,
  line: number,
  column: number,
  path: InventoryColumnKey | "",
  fr: string,
  en: string,
  warning = false,
): Problem {
  return { code, severity: warning ? "warning" : "error", path: path === "" ? [] : [path], line, column, message: { fr, en } };
}

/**
 * Resolves the header: each cell names a column of the canonical format (by name or alias, or through
 * the mapping), a column to ignore, or an unknown one (a warning). Reports through `report`.
 * @internal
 */
export function readInventoryHeader(row: CsvRow, cells: MappedCells, report: (p: Problem) => void): InventoryHeader {
  const line = row.line;
  const index = new Map<InventoryColumnKey, number>();
  if (row.problem) {
    report(row.problem);
    return { width: 0, index, fatal: true };
  }
  let fatal = false;
  for (let i = 0; i < row.cells.length; i++) {
    const raw = row.cells[i] as string;
    const column = row.columns[i] ?? 1;
    if (raw.includes("\u0000") || raw.includes("\ufffd")) {
      report(
        headerProblem(
          "NRS_INVENTORY_BAD_ENCODING",
          line,
          column,
          "",
          "L'en-tête contient des caractères illisibles : le fichier doit être enregistré en UTF-8.",
          "The header holds unreadable characters: the file must be saved as UTF-8.",
        ),
      );
      return { width: row.cells.length, index, fatal: true };
    }
    const norm = normalizeInventoryWord(raw);
    const key = cells.columns.has(norm) ? cells.columns.get(norm) : resolveInventoryColumn(raw);
    if (key === null) continue;
    if (key === undefined) {
      if (norm !== "") {
        report(
          headerProblem(
            "NRS_INVENTORY_UNKNOWN_COLUMN",
            line,
            column,
            "",
            `Colonne ${quote(raw)} inconnue : elle est ignorée.`,
            `Unknown column ${quote(raw)}: it is ignored.`,
            true,
          ),
        );
      }
      continue;
    }
    if (index.has(key)) {
      report(
        headerProblem(
          "NRS_INVENTORY_DUPLICATE_COLUMN",
          line,
          column,
          key,
          `La colonne « ${key} » apparaît deux fois (${quote(raw)}).`,
          `Column "${key}" appears twice (${quote(raw)}).`,
        ),
      );
      fatal = true;
      continue;
    }
    index.set(key, i);
  }
  for (const key of REQUIRED_INVENTORY_COLUMNS) {
    if (!index.has(key) && !cells.constants.has(key)) {
      report(
        headerProblem(
          "NRS_INVENTORY_MISSING_COLUMN",
          line,
          1,
          key,
          `Colonne obligatoire « ${key} » absente de l'en-tête.`,
          `Required column "${key}" is missing from the header.`,
        ),
      );
      fatal = true;
    }
  }
  return { width: row.cells.length, index, fatal };
}
