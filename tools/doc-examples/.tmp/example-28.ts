import { formatIsoDay } from "@nrs/core";
__nrsLog(0, formatIsoDay({ year: 2025, month: 3, day: 7 })); // 2025-03-07
export {};
