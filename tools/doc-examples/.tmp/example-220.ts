import { resolveInventoryColumn } from "@nrs/footprint";
__nrsLog(0, resolveInventoryColumn("Quantity")); // "quantite"
__nrsLog(1, resolveInventoryColumn("Durée de vie (années)")); // "duree_vie_annees"
export {};
