import { resolveInventoryColumn, type InventoryColumnKey } from "@nrs/footprint";
const key: InventoryColumnKey | undefined = resolveInventoryColumn("Date d'achat");
__nrsLog(0, key); // "date_acquisition"
export {};
