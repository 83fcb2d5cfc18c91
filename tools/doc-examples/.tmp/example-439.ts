import { RGESN_STATUSES, type RgesnStatus } from "@nrs/indicators";
const s: RgesnStatus = "EN_COURS";
__nrsLog(0, RGESN_STATUSES[s].fr); // En cours
export {};
