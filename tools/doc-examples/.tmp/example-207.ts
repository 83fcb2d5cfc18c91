import { parseInventoryCsv, type ColumnMapping } from "@nrs/footprint";
const mapping: ColumnMapping = {
  name: "tableur du service informatique",
  columns: { "Catégorie": "type", "Nb": "quantite", "Service": null },
  values: { type: { "PC portable": "ordinateur_portable" } },
};
const r = await parseInventoryCsv("Catégorie;Nb;Service\nPC portable;3;Accueil\n", { mapping });
__nrsLog(0, r.items[0]?.type, r.items[0]?.quantity); // ordinateur_portable 3
export {};
