import type { Strategie } from "@nrs/model";
const f = (s: Strategie): string[] => s.objectifs.map((o) => o.id);
__nrsLog(0, typeof f); // "function"
export {};
