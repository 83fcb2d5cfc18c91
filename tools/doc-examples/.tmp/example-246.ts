import { defaultFactorPack, lookupFactor } from "@nrs/footprint";
const life = lookupFactor(defaultFactorPack, { item: "ordinateur_portable", criterion: "lifetime" });
__nrsLog(0, defaultFactorPack.id, life.value.toString(), life.unit); // "fr-ademe" "5" "year"
export {};
