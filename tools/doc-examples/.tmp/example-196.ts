import { impactTable, subtractImpacts } from "@nrs/footprint";
const before = impactTable([{ criterion: "gwp", stage: "manufacturing", value: 100, min: 80, max: 120 }]);
const after = impactTable([{ criterion: "gwp", stage: "manufacturing", value: 75, min: 60, max: 90 }]);
const d = subtractImpacts(before, after).gwp?.manufacturing;
__nrsLog(0, d?.value.toString(), d?.min.toString(), d?.max.toString()); // "25" "20" "30"
export {};
