import type { Moyens } from "@nrs/model";
const f = (m: Moyens): string => m.budgetEuros ?? "—";
__nrsLog(0, typeof f); // "function"
export {};
