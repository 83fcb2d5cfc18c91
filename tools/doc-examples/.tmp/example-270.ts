import { emptyTrace } from "@nrs/footprint";
const t = emptyTrace();
__nrsLog(0, t.factors.length, t.values.length, t.notes.length); // 0 0 0
export {};
