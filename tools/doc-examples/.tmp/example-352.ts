import { milestonesFromStrategy } from "@nrs/indicators";
const m = milestonesFromStrategy({ objectifs: [{ cibles: [
  { indicateur: "part-achats-reemploi", anneeReference: 2023, valeurReference: "6.5", anneeCible: 2025, valeurCible: 20 },
  { indicateur: "part-achats-reemploi", anneeReference: 2023, valeurReference: "6.5", anneeCible: 2027, valeurCible: 30 },
] }] }, "part-achats-reemploi");
__nrsLog(0, m?.baseline.year, m?.targets.map((t) => t.year)); // 2023 [ 2025, 2027 ]
export {};
