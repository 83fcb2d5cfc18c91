import { RGAA_CRITERIA_COUNT } from "@nrs/indicators";
__nrsLog(0, RGAA_CRITERIA_COUNT); // 106
export {};
