import { computeInventoryFootprint, type InventoryFootprintResult } from "@nrs/footprint";
const r: InventoryFootprintResult = await computeInventoryFootprint("type;quantite;entite\necran;10;epci\n", { reportingYear: 2024 });
__nrsLog(0, Object.keys(r.byType), r.trace.factors.length > 0); // ["ecran"] true
export {};
