import { impactTable, scaleImpacts } from "@nrs/footprint";
const one = impactTable([{ criterion: "gwp", stage: "manufacturing", value: "170" }]);
__nrsLog(0, scaleImpacts(one, 12).gwp?.manufacturing?.value.toString()); // "2040"
export {};
