import { computeInventoryFootprint, type InventoryFootprintOptions } from "@nrs/footprint";
const options: InventoryFootprintOptions = { reportingYear: 2024, secondLifeManufacturingShare: "0.2" };
const r = await computeInventoryFootprint("type;quantite;origine\nordinateur_portable;5;reemploi\n", options);
__nrsLog(0, r.byStage.manufacturing?.gwp?.value.gt(0)); // true
export {};
