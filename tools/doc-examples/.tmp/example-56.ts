import type { Adoption } from "@nrs/model";
const f = (a: Adoption): boolean => a.date <= "2025-01-01";
__nrsLog(0, typeof f); // "function"
export {};
