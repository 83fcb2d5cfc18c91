import { quantity } from "@nrs/footprint";
__nrsLog(0, quantity(0.1, "kgCO2e").value.plus(0.2).toString()); // "0.3"
export {};
