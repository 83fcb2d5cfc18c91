import { RECORDS_CSV_COLUMNS, type RecordsCsvColumn } from "@nrs/indicators";
const c: RecordsCsvColumn | undefined = RECORDS_CSV_COLUMNS["achats.csv"].find((x) => x.key === "amount");
__nrsLog(0, c?.name, c?.aliases, c?.type, c?.required); // montant_ht ["montant", "amount"] decimal true
export {};
