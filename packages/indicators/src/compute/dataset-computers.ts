import type { DatasetComputer } from "./dataset-computer.js";
import { ecoIndexComputer } from "./ecoindex.js";
import { eventsComputer } from "./events.js";
import { footprintComputer } from "./footprint.js";
import { hostingComputer } from "./hosting.js";
import { inventoryComputer } from "./inventory.js";
import { openDataComputer } from "./open-data.js";
import { printingComputer } from "./printing.js";
import { purchasesComputer } from "./purchases.js";
import { retirementsComputer } from "./retirements.js";
import { rgaaComputer } from "./rgaa.js";
import { rgesnComputer } from "./rgesn.js";
import { territoryComputer } from "./territoire.js";

/**
 * @internal The compute table: one entry per dataset, run in this order (the order of the values in
 * the results). A new dataset is one file in `compute/` and one line here.
 */
export const DATASET_COMPUTERS: readonly DatasetComputer[] = Object.freeze([
  footprintComputer,
  territoryComputer,
  inventoryComputer,
  retirementsComputer,
  purchasesComputer,
  hostingComputer,
  rgesnComputer,
  rgaaComputer,
  ecoIndexComputer,
  eventsComputer,
  openDataComputer,
  printingComputer,
]);
