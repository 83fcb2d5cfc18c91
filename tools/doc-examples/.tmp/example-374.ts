import { indicatorStatus } from "@nrs/indicators";
const m = { baseline: { year: 2023, value: 10 }, targets: [{ year: 2027, value: 50 }] }; // planned 2025: 30
console.log(indicatorStatus(29, 2025, m, "HAUSSE"), indicatorStatus(27, 2025, m, "HAUSSE"), indicatorStatus(55, 2025, m, "HAUSSE"));
// SUR_TRAJECTOIRE EN_RETARD ATTEINT
__nrsLog(0, indicatorStatus(undefined, 2025, m, "HAUSSE"), indicatorStatus(5, 2025, undefined, "BAISSE")); // SANS_DONNEES SANS_CIBLE
export {};
