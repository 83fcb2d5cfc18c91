import { quantity, scaleQuantity } from "@nrs/footprint";
__nrsLog(0, scaleQuantity(quantity("1.1", "kgCO2e"), 3).value.toString()); // "3.3"
export {};
