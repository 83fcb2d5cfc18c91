import { RGESN_CRITERIA } from "@nrs/indicators";
__nrsLog(0, RGESN_CRITERIA.length, RGESN_CRITERIA.filter((c) => c.appliesToAll).length); // 78 18
export {};
