import { defineFactorPack, type FactorRow } from "@nrs/footprint";
const pack = defineFactorPack({
  id: "demo", version: "1", title: { fr: "Démo", en: "Demo" },
  rows: [{ id: "grid-fr", item: "electricite_FR", criterion: "gwp", stage: "use", value: "0.0461",
    unit: "kgCO2e/kWh", source: "ADEME Base Empreinte", year: 2025, geography: "FR", licence: "ADEME" }],
});
const row: FactorRow = pack.rows[0]!;
__nrsLog(0, row.value.toString(), row.pack); // "0.0461" "demo"
export {};
