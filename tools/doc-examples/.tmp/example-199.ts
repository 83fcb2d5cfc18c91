import { impactCells, impactTable } from "@nrs/footprint";
const t = impactTable([{ criterion: "gwp", stage: "use", value: 2 }, { criterion: "gwp", stage: "manufacturing", value: 9 }]);
__nrsLog(0, impactCells(t).map((c) => c.stage).join(",")); // "manufacturing,use"
export {};
