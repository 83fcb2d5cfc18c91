import { RGESN_WEIGHTS, type RgesnPriority } from "@nrs/indicators";
const p: RgesnPriority = "Recommandé";
__nrsLog(0, RGESN_WEIGHTS[p]); // 1.25
export {};
