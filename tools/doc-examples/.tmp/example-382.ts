import { computeIndicators } from "@nrs/indicators";
const r = computeIndicators({ agents: 10, events: [
  { entity: "epci", date: "2024-03-01", type: "FORMATION", audience: "AGENTS", participants: 4, estimated: false, line: 2 },
] }, { year: 2024 });
const v = r.values.find((x) => x.code === "part-agents-formes");
__nrsLog(0, v?.value.toString(), v?.unit, v?.provenance.formula.en); // 40 % 4 / 10 × 100
export {};
