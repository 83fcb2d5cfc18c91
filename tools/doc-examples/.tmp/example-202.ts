import { impactTable, type ImpactTable } from "@nrs/footprint";
const t: ImpactTable = impactTable([{ criterion: "gwp", stage: "manufacturing", value: "170" }]);
__nrsLog(0, t.gwp?.manufacturing?.value.toString(), t.water); // "170" undefined
export {};
