import { normalizeInventoryWord } from "@nrs/footprint";
__nrsLog(0, normalizeInventoryWord(" Durée de vie (années) ")); // "duree_de_vie_annees"
export {};
