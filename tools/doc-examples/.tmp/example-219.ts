import { INVENTORY_COLUMNS } from "@nrs/footprint";
__nrsLog(0, INVENTORY_COLUMNS.filter((c) => c.required).map((c) => c.key)); // ["type", "quantite"]
export {};
