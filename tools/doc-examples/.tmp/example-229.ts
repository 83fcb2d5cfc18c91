import { resolveInventoryOrigin } from "@nrs/footprint";
__nrsLog(0, resolveInventoryOrigin("Réemploi")); // "reemploi"
export {};
