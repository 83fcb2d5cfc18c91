import type { AgecReuseShareOptions } from "@nrs/indicators";
const o: AgecReuseShareOptions = { year: 2025, thresholds: { "informatique-telephonie": 25 } };
console.log(o.year);
export {};
