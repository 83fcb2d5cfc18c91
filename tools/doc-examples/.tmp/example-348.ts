import { milestonesFromStrategy, type StrategyTargets } from "@nrs/indicators";
const s: StrategyTargets = { objectifs: [{ cibles: [{ indicateur: "pue", anneeReference: 2023, valeurReference: "1.9", anneeCible: 2027, valeurCible: "1.5" }] }], indicateurs: [{ code: "pue", sens: "BAISSE" }] };
__nrsLog(0, milestonesFromStrategy(s, "pue")?.targets[0]?.year); // 2027
export {};
