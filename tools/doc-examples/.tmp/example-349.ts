import type { StrategyObjective } from "@nrs/indicators";
const o: StrategyObjective = { cibles: [] };
__nrsLog(0, o.cibles.length); // 0
export {};
