import { computeInventoryFootprint, parseInventoryCsv, type InventoryFootprintInput } from "@nrs/footprint";
const parsed = await parseInventoryCsv("type;quantite\nsmartphone;10\n");
const input: InventoryFootprintInput = { items: parsed.items };
__nrsLog(0, (await computeInventoryFootprint(input, { reportingYear: 2025 })).ok); // true
export {};
