import type { ValeurIndicateur } from "@nrs/model";
const f = (v: ValeurIndicateur): string => `${v.indicateur} = ${v.valeur}`;
__nrsLog(0, typeof f); // "function"
export {};
