import { computeInventoryFootprint, glpiColumnMapping } from "@nrs/footprint";

const glpiExport =
  "Name;Entity;Type;Date of purchase\n" +
  "PC-001;Entité racine > Agglomération;Portable;2022-03-15\n" +
  "PC-002;Entité racine > Ville A;Portable;2023-09-01\n" +
  "PC-003;Entité racine > Ville A;Grille-pain;2023-09-01\n";
const mapping = glpiColumnMapping({
  types: { Portable: "ordinateur_portable" },
  entities: { "Entité racine > Agglomération": "epci", "Entité racine > Ville A": "26901" },
});
const result = await computeInventoryFootprint(glpiExport, { reportingYear: 2025, mapping });

// The unknown type is reported at its line and column, never dropped in silence.
const unknown = result.problems.find((p) => p.code === "NRS_INVENTORY_UNKNOWN_TYPE");
if (unknown?.line !== 4) throw new Error("expected the toaster on line 4");
console.log(Object.keys(result.byEntity), result.byCriterion.gwp?.value.toString(), "kgCO2e");
export {};
