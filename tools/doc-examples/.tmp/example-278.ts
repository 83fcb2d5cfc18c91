import { quantity, sumQuantities } from "@nrs/footprint";
const s = sumQuantities([quantity(1, "GB"), quantity("0.5", "GB")], "GB");
__nrsLog(0, s.value.toString()); // "1.5"
export {};
