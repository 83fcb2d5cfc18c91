import { computeIndicators } from "@nrs/indicators";
const r = computeIndicators({ agents: 100, population: 5000 }, { year: 2025 });
console.log(r.year, r.entity, r.values.length + r.notComputed.length > 0);
export {};
