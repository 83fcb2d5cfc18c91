import type { Objectif } from "@nrs/model";
const f = (o: Objectif): number => o.cibles.length;
__nrsLog(0, typeof f); // "function"
export {};
