import { computeIndicators, indicatorSeries } from "@nrs/indicators";
const years = [2024, 2025].map((year) => computeIndicators({ openData: [{ dataset: "x", published: true, schema: "scdl/budget" }] }, { year }));
__nrsLog(0, indicatorSeries(years, "part-donnees-schema").map((p) => `${p.year}:${p.value.toString()}`)); // [ '2024:100', '2025:100' ]
export {};
