import { RGESN_WEIGHTS } from "@nrs/indicators";
__nrsLog(0, RGESN_WEIGHTS.Prioritaire); // 1.5
export {};
