import { isUnit } from "@nrs/footprint";
__nrsLog(0, isUnit("kgCO2e"), isUnit("kg")); // true false
export {};
