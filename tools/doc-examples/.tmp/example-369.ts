import { indicatorDefinition, type IndicatorSource } from "@nrs/indicators";
const s: IndicatorSource | undefined = indicatorDefinition("taux-reemploi-reforme")?.sources[0];
__nrsLog(0, s?.id); // DECRET-2023-266
export {};
