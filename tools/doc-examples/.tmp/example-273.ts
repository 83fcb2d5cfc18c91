import { UNITS } from "@nrs/footprint";
__nrsLog(0, UNITS.kgCO2e.dimension, UNITS.gCO2e.toBase); // "ghg" "0.001"
export {};
