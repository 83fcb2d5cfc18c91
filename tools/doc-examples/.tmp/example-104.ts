import type { Indicateur } from "@nrs/model";
const f = (i: Indicateur): string => `${i.code} (${i.unite})`;
__nrsLog(0, typeof f); // "function"
export {};
