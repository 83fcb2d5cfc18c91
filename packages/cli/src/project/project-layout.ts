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

/** The yearly data files, in the order `nrs validate` reads them. */
export const DATA_FILES = [
  "inventaire.csv",
  "hebergement.json",
  "achats.csv",
  "sorties.csv",
  "evenements.csv",
  "rgesn.csv",
  "rgaa.csv",
  "ecoindex.csv",
  "opendata.csv",
  "territoire.json",
] as const;

/** One of {@link DATA_FILES}. */
export type DataFile = (typeof DATA_FILES)[number];
