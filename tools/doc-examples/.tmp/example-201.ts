import { impactCell, type ImpactCell } from "@nrs/footprint";
const c: ImpactCell<"kgCO2e"> = impactCell("kgCO2e", "10", "8", "12");
__nrsLog(0, c.min.toString(), c.value.toString(), c.max.toString()); // "8" "10" "12"
export {};
