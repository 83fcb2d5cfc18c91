import { CRITERION_UNITS } from "@nrs/footprint";
__nrsLog(0, CRITERION_UNITS.gwp); // "kgCO2e"
export {};
