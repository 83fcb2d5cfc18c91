import { resolveInventoryOrigin, type InventoryOrigin } from "@nrs/footprint";
const o: InventoryOrigin | undefined = resolveInventoryOrigin("refurbished");
__nrsLog(0, o); // "reconditionne"
export {};
