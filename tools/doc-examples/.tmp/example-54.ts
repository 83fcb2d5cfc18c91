import type { Acteur } from "@nrs/model";
const f = (a: Acteur): string => `${a.nom} (${a.nature})`;
__nrsLog(0, typeof f); // "function"
export {};
