import { parsePurchasesCsv } from "@nrs/indicators";
const r = await parsePurchasesCsv("date;categorie;montant_ht;montant_reemploi\n2024-03-01;informatique;10 000;2 500\n2024-04-01;informatique;abc;0\n");
__nrsLog(0, r.records.length, r.problems[0]?.code, r.problems[0]?.line, r.problems[0]?.column); // 1 NRS_NOT_A_NUMBER 3 25
export {};
