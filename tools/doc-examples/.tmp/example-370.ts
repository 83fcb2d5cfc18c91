import { indicatorDefinition } from "@nrs/indicators";
const d = indicatorDefinition("taux-reemploi-reforme");
__nrsLog(0, d?.unit, d?.direction, d?.aggregation, d?.computation); // % HAUSSE ratio computed
export {};
