import { rgaaState, type RgaaAuditRecord } from "@nrs/indicators";
const a: RgaaAuditRecord = { service: "site", date: "2025-09-22", compliant: 39, nonCompliant: 13 };
__nrsLog(0, rgaaState((a.compliant / (a.compliant + a.nonCompliant)) * 100)); // partielle
export {};
