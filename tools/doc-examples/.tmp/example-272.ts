import { emptyTrace, mergeTraces, type Trace } from "@nrs/footprint";
const note = { fr: "Allocation linéaire.", en: "Straight-line allocation." };
const a: Trace = { ...emptyTrace(), notes: [note] };
__nrsLog(0, mergeTraces(a, a).notes.length); // 1
export {};
