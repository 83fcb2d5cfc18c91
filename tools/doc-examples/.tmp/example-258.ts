import { defaultFactorPack, defineFactorPack, lookupFactor, mergeFactorPacks } from "@nrs/footprint";
const mine = defineFactorPack({
  id: "mine", version: "1", title: { fr: "Mes facteurs", en: "My factors" },
  rows: [{ id: "grid", item: "electricite_FR", criterion: "gwp", stage: "use", value: "0.05",
    unit: "kgCO2e/kWh", source: "My supplier", year: 2025, geography: "FR", licence: "own data" }],
});
const merged = mergeFactorPacks([defaultFactorPack, mine], { id: "fr-ademe+mine", version: "1" });
const row = lookupFactor(merged, { item: "electricite_FR", criterion: "gwp", stage: "use", year: 2025 });
__nrsLog(0, row.value.toString(), row.pack); // "0.05" "mine"
export {};
