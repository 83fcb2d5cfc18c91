import type { Population } from "@nrs/model";
const f = (p: Population): boolean => p.valeur > 50000;
__nrsLog(0, typeof f); // "function"
export {};
