import { impactTable, pickStages } from "@nrs/footprint";
const t = impactTable([
  { criterion: "gwp", stage: "manufacturing", value: 170 },
  { criterion: "gwp", stage: "use", value: 2 },
]);
__nrsLog(0, pickStages(t, ["use"]).gwp?.manufacturing); // undefined
export {};
