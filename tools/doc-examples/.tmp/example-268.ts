import type { TracedFactor } from "@nrs/footprint";
const f: TracedFactor = {
  id: "elec-fr-2025", pack: "fr-ademe", packVersion: "2025.1", item: "electricite_FR", criterion: "gwp",
  value: "0.0461", unit: "kgCO2e/kWh", year: 2025, source: "ADEME Base Empreinte", licence: "ADEME",
};
console.log(f.id);
export {};
