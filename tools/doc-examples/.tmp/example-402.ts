import { RECORDS_CSV_COLUMNS } from "@nrs/indicators";
const required = RECORDS_CSV_COLUMNS["evenements.csv"].filter((c) => c.required).map((c) => c.name);
__nrsLog(0, required.join(";")); // date;type;public;participants
export {};
