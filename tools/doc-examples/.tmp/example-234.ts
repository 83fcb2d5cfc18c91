import { INVENTORY_TYPES, type InventoryTypeDefinition } from "@nrs/footprint";
const t: InventoryTypeDefinition | undefined = INVENTORY_TYPES.find((d) => d.code === "ecran");
__nrsLog(0, t?.label.en); // "Monitor"
export {};
