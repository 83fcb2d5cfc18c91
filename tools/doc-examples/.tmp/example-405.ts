import { parsePurchasesCsv } from "@nrs/indicators";
const r = await parsePurchasesCsv("entite;date;categorie;montant_ht\n26999;2025-03-12;informatique;1200\n", { knownEntities: ["epci", "26901"] });
__nrsLog(0, r.ok, r.records.length, r.problems[0]?.code, r.problems[0]?.line, r.problems[0]?.column); // true 1 NRS_UNKNOWN_ENTITY 2 1
export {};
