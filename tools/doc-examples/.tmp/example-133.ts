import type { ActionEngagee } from "@nrs/model";
const f = (a: ActionEngagee): string => a.libelle;
__nrsLog(0, typeof f); // "function"
export {};
