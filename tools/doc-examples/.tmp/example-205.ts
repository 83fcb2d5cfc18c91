import { getImpactCell, impactTable } from "@nrs/footprint";
const t = impactTable([{ criterion: "gwp", stage: "use", value: 3 }]);
__nrsLog(0, getImpactCell(t, "gwp", "use")?.value.toString(), getImpactCell(t, "gwp", "endOfLife")); // "3" undefined
export {};
