import type { Periode } from "@nrs/model";
const f = (p: Periode): number => p.fin - p.debut + 1;
__nrsLog(0, typeof f); // "function"
export {};
