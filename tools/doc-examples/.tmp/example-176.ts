import { emptyTrace, impactTable, type FootprintResult } from "@nrs/footprint";
const r: FootprintResult = { impacts: impactTable([{ criterion: "gwp", stage: "use", value: 1 }]), trace: emptyTrace() };
__nrsLog(0, r.impacts.gwp?.use?.value.toString()); // "1"
export {};
