import { allocateResults, computeIndicators } from "@nrs/indicators";
const syndicate = computeIndicators({ events: [{ date: "2024-03-01", type: "ATELIER", audience: "HABITANTS", participants: 90, estimated: false }] }, { year: 2024 });
const parts = allocateResults({ results: syndicate, basis: "population", keys: { "26901": 20000, "26902": 10000 } });
__nrsLog(0, parts.map((p) => `${p.entity}:${p.values.find((v) => v.code === "personnes-sensibilisees")?.value.toString()}`)); // [ '26901:60', '26902:30' ]
export {};
