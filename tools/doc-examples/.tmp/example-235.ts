import { INVENTORY_TYPES } from "@nrs/footprint";
__nrsLog(0, INVENTORY_TYPES.map((t) => t.code).includes("ordinateur_portable")); // true
export {};
