import { INVENTORY_ORIGINS, type InventoryOriginDefinition } from "@nrs/footprint";
const reuse: InventoryOriginDefinition | undefined = INVENTORY_ORIGINS.find((o) => o.code === "reemploi");
__nrsLog(0, reuse?.label.fr); // "Réemploi"
export {};
