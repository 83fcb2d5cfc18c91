import type { RgesnEvaluationRecord } from "@nrs/indicators";
const e: RgesnEvaluationRecord = { service: "portail-famille", date: "2025-05-15", criterion: "4.1", status: "VALIDE" };
console.log(e.criterion);
export {};
