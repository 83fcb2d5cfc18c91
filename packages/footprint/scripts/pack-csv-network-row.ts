/**
 * A network row of `data/factors-fr.csv` as the generator maps it (see `pack-csv-rows.ts`): ADEME's
 * NegaOctet figure per GB, in gCO2e/GB in the table and kgCO2e/GB in the pack, of the study year.
 */
import { STUDY_YEAR } from "./pack-ademe-model.js";
import type { CsvRowMap } from "./pack-csv-read.js";

/** The row of one network (`reseau_fixe_FR`, `reseau_mobile_EU`, …). */
export function networkRow(item: string, label: CsvRowMap["label"]): CsvRowMap {
  return { item, criterion: "gwp", stage: "use", unit: "kgCO2e/GB", convert: (v) => v.div(1000), year: STUDY_YEAR, label };
}
