import { followUp } from "@nrs/indicators";
const strategy = { objectifs: [{ cibles: [{ indicateur: "taux-reemploi-reforme", anneeReference: 2023, valeurReference: 22, anneeCible: 2025, valeurCible: 50 }] }] };
const f = followUp("taux-reemploi-reforme", [{ year: 2024, value: 31 }, { year: 2025, value: "41" }], strategy);
__nrsLog(0, f.trajectory.map((p) => p.value.toString()), f.statuses.map((s) => s.status)); // [ '22', '36', '50' ] [ 'EN_RETARD', 'EN_RETARD' ]
export {};
