import type { ReuseExclusionReason } from "@nrs/indicators";
const r: ReuseExclusionReason = "hors-champ";
__nrsLog(0, r); // hors-champ
export {};
