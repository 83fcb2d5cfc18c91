import { dataFile } from "@nrs/indicators";
const r = dataFile("rgaa.csv")?.records;
__nrsLog(0, r?.columns.map((c) => c.name).join(";")); // entite;service;date_audit;criteres_conformes;criteres_non_conformes;criteres_non_applicables;url
export {};
