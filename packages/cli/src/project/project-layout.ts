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
} as const;

/** One yearly data file of `@nrs/indicators`' registry (`DATA_FILES`, in the order `nrs validate` reads them). */
export type DataFile = DataFileName;
