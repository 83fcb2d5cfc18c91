import { computeIndicators, type SharedService } from "@nrs/indicators";
const s: SharedService = { results: computeIndicators({}, { year: 2025 }), basis: "population", keys: { "26901": 48512, "26902": 14206 } };
console.log(s.basis);
export {};
