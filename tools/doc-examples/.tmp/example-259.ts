import { defaultFactorPack, lookupFactor, overrideFactors } from "@nrs/footprint";
const pack = overrideFactors(defaultFactorPack, [
  { id: "pue-mine", item: "datacenter_FR", criterion: "pue", value: "1.3", unit: "ratio",
    source: "Contrat d'hébergement 2025", year: 2025, geography: "FR", licence: "own data" },
], { id: "ville", version: "2025" });
__nrsLog(0, lookupFactor(pack, { item: "datacenter_FR", criterion: "pue", year: 2025 }).value.toString()); // "1.3"
export {};
