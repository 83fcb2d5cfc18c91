import { addImpacts, impactTable } from "@nrs/footprint";
const a = impactTable([{ criterion: "gwp", stage: "use", value: "0.1" }]);
const b = impactTable([{ criterion: "gwp", stage: "use", value: "0.2" }, { criterion: "adpe", stage: "manufacturing", value: "0.001" }]);
const s = addImpacts(a, b);
__nrsLog(0, s.gwp?.use?.value.toString(), s.adpe?.manufacturing?.value.toString()); // "0.3" "0.001"
export {};
