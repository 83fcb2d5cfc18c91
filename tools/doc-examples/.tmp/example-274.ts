import { quantity, type Quantity } from "@nrs/footprint";
const q: Quantity<"kWh"> = quantity("12.5", "kWh");
__nrsLog(0, q.value.toString(), q.unit); // "12.5" "kWh"
export {};
