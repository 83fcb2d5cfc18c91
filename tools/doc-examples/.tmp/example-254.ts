import { defaultFactorPack, findFactor } from "@nrs/footprint";
__nrsLog(0, findFactor(defaultFactorPack, { item: "grille_pain", criterion: "gwp", stage: "manufacturing" })); // undefined
export {};
