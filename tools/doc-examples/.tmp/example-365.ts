import { computeIndicators, type IndicatorData } from "@nrs/indicators";
const data: IndicatorData = { agents: 850, population: 121437,
  footprint: { impacts: { gwp: { manufacturing: { value: "250000" as never }, use: { value: "60000" as never } } } } };
const r = computeIndicators(data, { year: 2024 });
__nrsLog(0, r.values.find((v) => v.code === "empreinte-carbone-par-agent")?.value.toFixed(1)); // 364.7
export {};
