import { parseEventsCsv } from "@nrs/indicators";
const r = await parseEventsCsv("date;type;public;participants\n2024-03-01;Formation;Agents;12\n2024-04-01;atelier;enfants;5\n");
__nrsLog(0, r.records.length, r.problems[0]?.code, r.problems[0]?.column); // 1 NRS_INVALID_VALUE 20
export {};
