import type { DatasetName } from "./indicator-value.js";

/**
 * The file each dataset is read from, in `donnees/<année>/`: the dataset-to-file half of
 * `DATA_FILE_NAMES`, without its labels, so that a page naming a value's source file (the bilan)
 * bundles only these names. A dataset that no file holds (the computed `empreinte`, the
 * `collectivite` description) has no entry.
 *
 * @example
 * ```ts
 * import { DATASET_FILES } from "@nrs/indicators";
 * console.log(DATASET_FILES.sorties, Object.keys(DATASET_FILES).length); // sorties.csv 11
 * ```
 */
export const DATASET_FILES = Object.freeze({
  inventaire: "inventaire.csv",
  hebergement: "hebergement.json",
  achats: "achats.csv",
  sorties: "sorties.csv",
  evenements: "evenements.csv",
  rgesn: "rgesn.csv",
  rgaa: "rgaa.csv",
  ecoindex: "ecoindex.csv",
  opendata: "opendata.csv",
  impressions: "impressions.csv",
  territoire: "territoire.json",
} as const satisfies Partial<Record<DatasetName, string>>);

/**
 * The name of a yearly data file of the registry, as a union of string literals.
 *
 * @example
 * ```ts
 * import type { DataFileName } from "@nrs/indicators";
 * const f: DataFileName = "sorties.csv";
 * console.log(f); // sorties.csv
 * ```
 */
export type DataFileName = (typeof DATASET_FILES)[keyof typeof DATASET_FILES];

/**
 * The file a dataset is read from (`sorties` → `sorties.csv`), or `undefined` for a dataset that no
 * file holds (the computed `empreinte`, the `collectivite` description).
 *
 * @example
 * ```ts
 * import { fileOfDataset } from "@nrs/indicators";
 * console.log(fileOfDataset("sorties"), fileOfDataset("empreinte")); // sorties.csv undefined
 * ```
 */
export function fileOfDataset(dataset: string): DataFileName | undefined {
  return Object.prototype.hasOwnProperty.call(DATASET_FILES, dataset) ? DATASET_FILES[dataset as keyof typeof DATASET_FILES] : undefined;
}
