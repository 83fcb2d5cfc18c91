import { combineFootprints, emptyTrace, impactTable } from "@nrs/footprint";
const a = { impacts: impactTable([{ criterion: "gwp", stage: "use", value: "0.1" }]), trace: emptyTrace() };
const b = { impacts: impactTable([{ criterion: "gwp", stage: "use", value: "0.2" }]), trace: emptyTrace() };
__nrsLog(0, combineFootprints([a, b]).impacts.gwp?.use?.value.toString()); // "0.3"
export {};
