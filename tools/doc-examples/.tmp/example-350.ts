import type { StrategyTarget } from "@nrs/indicators";
const c: StrategyTarget = { indicateur: "ecoindex-moyen", anneeReference: 2023, valeurReference: 48, anneeCible: 2027, valeurCible: 65 };
console.log(c.indicateur);
export {};
