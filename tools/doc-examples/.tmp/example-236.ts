import { resolveInventoryType } from "@nrs/footprint";
__nrsLog(0, resolveInventoryType("Laptop")?.code); // "ordinateur_portable"
__nrsLog(1, resolveInventoryType("grille-pain")); // undefined
export {};
