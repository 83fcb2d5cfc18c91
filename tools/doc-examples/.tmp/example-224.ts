import { parseInventoryCsv, type InventoryItem } from "@nrs/footprint";
const r = await parseInventoryCsv("type;quantite;origine\necran;4;reemploi\n");
const item: InventoryItem | undefined = r.items[0];
__nrsLog(0, item?.type, item?.quantity, item?.origin, item?.line); // ecran 4 reemploi 2
export {};
