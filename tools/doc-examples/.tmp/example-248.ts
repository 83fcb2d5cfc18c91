import { defineFactorPack } from "@nrs/footprint";
const pack = defineFactorPack({
  id: "my-extract", version: "2025-06", title: { fr: "Mon extrait", en: "My extract" },
  rows: [{ id: "laptop-fab", item: "ordinateur_portable", criterion: "gwp", stage: "manufacturing",
    value: 150, min: 120, max: 190, unit: "kgCO2e/unit", source: "Base Empreinte (licensed extract)",
    year: 2025, geography: "FR", licence: "ADEME, licensed to the user" }],
});
__nrsLog(0, pack.rows[0]?.max?.toString()); // "190"
export {};
