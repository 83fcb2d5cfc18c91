import { isDateIso, type DateIso } from "@nrs/model";
const d: DateIso = "2025-01-01";
__nrsLog(0, isDateIso(d)); // true
export {};
