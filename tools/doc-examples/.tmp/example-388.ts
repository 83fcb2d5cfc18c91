import { parseOpenDataCsv } from "@nrs/indicators";
const r = await parseOpenDataCsv("jeu_de_donnees;publie;schema\nDélibérations;oui;scdl/deliberations\nBudget;peut-être;\n");
__nrsLog(0, r.records.length, r.problems[0]?.code); // 1 NRS_INVALID_BOOLEAN
export {};
