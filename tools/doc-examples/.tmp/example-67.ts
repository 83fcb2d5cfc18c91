import type { BilanAnnuel } from "@nrs/model";
const f = (b: BilanAnnuel): number => b.valeurs.length;
__nrsLog(0, typeof f); // "function"
export {};
