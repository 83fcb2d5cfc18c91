import { parseRgaaCsv } from "@nrs/indicators";
const r = await parseRgaaCsv("service,date_audit,conformes,non_conformes\nsite,2024-10-01,40,10\n");
__nrsLog(0, r.records[0]?.compliant, r.ok); // 40 true
export {};
