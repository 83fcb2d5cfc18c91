import { parseRgaaCsv, type RecordsParseResult, type RgaaAuditRecord } from "@nrs/indicators";
const r: RecordsParseResult<RgaaAuditRecord> = await parseRgaaCsv("service;date_audit;conformes;non_conformes\nsite;2025-02-01;45;5\n");
__nrsLog(0, r.ok, r.records.length); // true 1
export {};
