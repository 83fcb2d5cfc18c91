import type { InventoryReadOptions } from "@nrs/footprint";
import { inventoryReadSettings } from "./inventory-read-settings.js";
import type { LoadedProject } from "./load-project.js";
import { LAYOUT } from "./project-layout.js";

/** One inventory file of a year, with the settings `nrs.json` gives it and a way to stream it. */
export interface InventorySource {
  /** The file's name in `donnees/<year>/` (`inventaire-reseau.csv`). */
  readonly name: string;
  /** Its path in the project folder, for `project.files` (`donnees/2024/inventaire-reseau.csv`). */
  readonly path: string;
  /** Its column mapping or profile (`nrs.json` › `inventaire` › `fichiers` › `<name>`, else the common settings). */
  readonly read: Pick<InventoryReadOptions, "mapping" | "profile" | "profileSettings">;
  /** Its size in bytes (for a progress bar). */
  readonly size: number;
  /** Its text as UTF-8 chunks, read lazily (constant memory); `onBytes` gets the bytes read so far. */
  stream(onBytes?: (bytes: number) => void): AsyncIterable<string>;
}

/**
 * Every inventory file of a year (`inventaire.csv` and `inventaire-*.csv`, in the order of
 * `ProjectFiles.inventoryFiles`) with its own settings: the one place where the commands learn which
 * files make the inventory and how to read each, whether they compute a footprint from them or
 * aggregate their lines. Bad characters are reported by the reader at their line and column.
 */
export async function inventorySources(project: LoadedProject, year: number): Promise<InventorySource[]> {
  const out: InventorySource[] = [];
  for (const name of await project.files.inventoryFiles(year)) {
    const path = LAYOUT.inventory(year, name);
    out.push({
      name,
      path,
      read: inventoryReadSettings(project.settings, name),
      size: await project.files.size(path),
      stream: (onBytes) => project.files.stream(path, onBytes, { lenientEncoding: true }),
    });
  }
  return out;
}
