import type { AvancementMesure } from "@nrs/model";
const f = (a: AvancementMesure): string => `${a.avancementPct ?? "?"} %`;
__nrsLog(0, typeof f); // "function"
export {};
