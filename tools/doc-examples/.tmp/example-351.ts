import type { StrategyIndicator } from "@nrs/indicators";
const i: StrategyIndicator = { code: "empreinte-carbone-par-agent", sens: "BAISSE" };
console.log(i.sens);
export {};
