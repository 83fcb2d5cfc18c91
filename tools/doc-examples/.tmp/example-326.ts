import { RECORDS_CSV_COLUMNS, type RecordsCsvFile } from "@nrs/indicators";
const f: RecordsCsvFile = "sorties.csv";
__nrsLog(0, RECORDS_CSV_COLUMNS[f].length); // 12
export {};
