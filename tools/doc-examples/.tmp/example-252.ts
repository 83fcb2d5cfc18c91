import { defaultFactorPack, listFactors } from "@nrs/footprint";
const grid = listFactors(defaultFactorPack, { item: "electricite_FR" });
__nrsLog(0, grid.map((r) => r.year).length > 0); // true
export {};
