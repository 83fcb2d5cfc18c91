import type { DataFileName } from "@nrs/indicators";

/**
 * Where each file of a project folder lives, relative to the folder (see docs/formats and
 * PROJECT-FOLDER.md). Paths use `/` so they read the same on every system.
 */
export const LAYOUT = {
  settings: "nrs.json",
  collectivite: "collectivite.json",
  programme: "programme-de-travail.json",
  strategie: "strategie.json",
  bilan: (year: number) => `bilans/${year}.json`,
  bilans: "bilans",
  donnees: "donnees",
  data: (year: number, file: DataFile) => `donnees/${year}/${file}`,
  /** One of the year's inventory files (see {@link isInventoryFile}). */
  inventory: (year: number, name: string) => `donnees/${year}/${name}`,
} as const;

/** One yearly data file of `@nrs/indicators`' registry (`DATA_FILES`, in the order `nrs validate` reads them). */
export type DataFile = DataFileName;

/** `inventaire.csv`, or `inventaire-<name>.csv` / `inventaire_<name>.csv` (letters, digits, `-`, `_`). */
export const INVENTORY_FILE = /^inventaire(?:[-_][A-Za-z0-9][A-Za-z0-9_-]*)?\.csv$/;

/**
 * Whether a file name is one of a year's inventory files: an asset manager exports computers, monitors,
 * network gear… separately, and each export may sit in `donnees/<year>/` as its own `inventaire-*.csv`.
 * `inventaire (1).csv` (a browser's copy) is not one.
 */
export function isInventoryFile(name: string): boolean {
  return INVENTORY_FILE.test(name);
}
