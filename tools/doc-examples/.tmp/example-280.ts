import { convertQuantity, quantity } from "@nrs/footprint";
__nrsLog(0, convertQuantity(quantity(1500, "gCO2e"), "kgCO2e").value.toString()); // "1.5"
__nrsLog(1, convertQuantity(quantity(2, "kWh"), "MJ").value.toString()); // "7.2"
export {};
