import { safeParse } from "@nrs/core";
import { RgaaAuditSchema } from "@nrs/indicators";
const r = safeParse(RgaaAuditSchema, { service: "site", date: "2024-05-02", compliant: 80, nonCompliant: 30, notApplicable: 10 });
__nrsLog(0, r.ok ? "ok" : r.errors[0]?.code); // NRS_RGAA_TOO_MANY_CRITERIA
export {};
