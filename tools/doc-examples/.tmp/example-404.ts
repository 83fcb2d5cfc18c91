import { parseEventsCsv, type RecordsCsvOptions } from "@nrs/indicators";
const o: RecordsCsvOptions = { delimiter: "," };
__nrsLog(0, (await parseEventsCsv("date,type,public,participants\n2025-01-10,atelier,agents,8\n", o)).records[0]?.participants); // 8
export {};
