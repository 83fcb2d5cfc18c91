import type { ChiffreCle } from "@nrs/model";
const f = (c: ChiffreCle): string => `${c.valeur} ${c.unite}`;
__nrsLog(0, typeof f); // "function"
export {};
