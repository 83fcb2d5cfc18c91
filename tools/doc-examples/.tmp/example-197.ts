import { impactTable, totalOfCriterion } from "@nrs/footprint";
const t = impactTable([
  { criterion: "gwp", stage: "manufacturing", value: "170" },
  { criterion: "gwp", stage: "use", value: "1.5" },
]);
__nrsLog(0, totalOfCriterion(t, "gwp")?.value.toString(), totalOfCriterion(t, "water")); // "171.5" undefined
export {};
