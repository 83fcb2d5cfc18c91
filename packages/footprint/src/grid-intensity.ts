import type { DecimalInput } from "@nrs/core";
import type { FactorRow } from "./packs/factor-pack.js";

/**
 * A grid carbon intensity as the calculators take it: a number in the unit the option names, or a
 * factor-pack row (e.g. `lookupFactor(defaultFactorPack, { item: "electricite_FR", criterion: "gwp",
 * stage: "use" })`) whose unit is `kgCO2e/kWh` or `gCO2e/kWh`; a row is converted and cited in the trace.
 */
export type GridIntensityInput = DecimalInput | FactorRow;
