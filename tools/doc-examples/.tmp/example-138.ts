import type { RapportDd } from "@nrs/model";
const f = (r: RapportDd): boolean => r.dateDebatBudgetaire === undefined || r.datePresentation <= r.dateDebatBudgetaire;
__nrsLog(0, typeof f); // "function"
export {};
