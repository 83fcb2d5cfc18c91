import type { ProgrammeDeTravail } from "@nrs/model";
const f = (p: ProgrammeDeTravail): number => p.acteurs.length;
__nrsLog(0, typeof f); // "function"
export {};
