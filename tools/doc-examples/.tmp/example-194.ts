import { impactTable, sumImpacts } from "@nrs/footprint";
const parts = [1, 2, 3].map((v) => impactTable([{ criterion: "gwp", stage: "manufacturing", value: v }]));
__nrsLog(0, sumImpacts(parts).gwp?.manufacturing?.value.toString()); // "6"
export {};
