import { defaultFactorPack, lookupFactor, traceFactor } from "@nrs/footprint";
const t = traceFactor(lookupFactor(defaultFactorPack, { item: "electricite_FR", criterion: "gwp", stage: "use" }));
__nrsLog(0, t.pack, t.source.length > 0); // "fr-ademe" true
export {};
