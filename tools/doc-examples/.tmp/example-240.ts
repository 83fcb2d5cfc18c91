import { parseInventoryJson } from "@nrs/footprint";
const r = parseInventoryJson([
  { type: "ordinateur_portable", quantite: 12, date_acquisition: "2023-09-01", entite: "epci" },
  { type: "laptop", quantity: -1 },
]);
__nrsLog(0, r.items.length, r.problems[0]?.code, r.problems[0]?.path); // 1 NRS_NEGATIVE [1, "quantite"]
export {};
