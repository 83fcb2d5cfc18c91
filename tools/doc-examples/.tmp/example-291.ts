import type { Agec58ProductType } from "@nrs/indicators";
const t: Agec58ProductType = "Matériel informatique et téléphonie";
__nrsLog(0, t.length > 0); // true
export {};
