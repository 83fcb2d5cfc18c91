import { parseRgesnCsv } from "@nrs/indicators";
const r = await parseRgesnCsv("service;date_evaluation;critere;statut\nsite;2024-06-01;1.1;Validé\nsite;2024-06-01;1.1b;Validé\n");
__nrsLog(0, r.records.length, r.problems[0]?.code, r.problems[0]?.line); // 1 NRS_RGESN_UNKNOWN_CRITERION 3
export {};
