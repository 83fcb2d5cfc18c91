import { impactTable } from "@nrs/footprint";
const t = impactTable([
  { criterion: "gwp", stage: "use", value: "1.5", min: "1", max: "2" },
  { criterion: "gwp", stage: "use", value: "0.5" },
]);
__nrsLog(0, t.gwp?.use?.value.toString(), t.gwp?.use?.max.toString()); // "2" "2.5"
export {};
