import { computeIndicators, subjectFromResults } from "@nrs/indicators";
const results = computeIndicators({ openData: [{ dataset: "x", published: true }] }, { year: 2025 });
const s = subjectFromResults(results, { id: "217500016", name: "Fictiville", type: "COMMUNE", population: 60000, source: { kind: "projet", label: "fictiville/" } });
__nrsLog(0, s.year, s.values.map((v) => v.key)); // 2025 ["part-donnees-schema"]
export {};
