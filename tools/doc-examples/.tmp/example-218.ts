import { INVENTORY_COLUMNS, type InventoryColumnDefinition } from "@nrs/footprint";
const kwh: InventoryColumnDefinition | undefined = INVENTORY_COLUMNS.find((c) => c.key === "consommation_kwh_an");
__nrsLog(0, kwh?.aliases.includes("annual_kwh")); // true
export {};
