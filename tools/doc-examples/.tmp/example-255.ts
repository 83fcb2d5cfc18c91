import { NrsError } from "@nrs/core";
import { defaultFactorPack, lookupFactor } from "@nrs/footprint";
const g = lookupFactor(defaultFactorPack, { item: "electricite_FR", criterion: "gwp", stage: "use", year: 2024 });
__nrsLog(0, g.unit, g.year); // "kgCO2e/kWh" 2024
try {
  lookupFactor(defaultFactorPack, { item: "grille_pain", criterion: "gwp", stage: "manufacturing" });
} catch (e) {
  if (!(e instanceof NrsError) || e.code !== "NRS_FACTOR_NOT_FOUND") throw e;
}
export {};
