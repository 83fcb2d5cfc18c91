import type { BilanProgramme } from "@nrs/model";
const f = (b: BilanProgramme): string => b.synthese;
__nrsLog(0, typeof f); // "function"
export {};
