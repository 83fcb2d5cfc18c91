import { addQuantities, quantity } from "@nrs/footprint";
const total = addQuantities(quantity("0.1", "kWh"), quantity("0.2", "kWh"));
__nrsLog(0, total.value.toString()); // "0.3"
export {};
