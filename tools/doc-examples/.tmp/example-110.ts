import type { Mesure } from "@nrs/model";
const f = (m: Mesure): boolean => m.statut === "FINI";
__nrsLog(0, typeof f); // "function"
export {};
