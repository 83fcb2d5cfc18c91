import type { IndicatorComparison } from "@nrs/indicators";
const c: Pick<IndicatorComparison, "key" | "unit"> = { key: "empreinte-carbone-totale", unit: "kgCO2e/agent" };
console.log(c.unit);
export {};
