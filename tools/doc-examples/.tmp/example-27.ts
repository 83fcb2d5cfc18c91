import { isIsoDay } from "@nrs/core";
__nrsLog(0, isIsoDay("2024-02-29"), isIsoDay("2023-02-29")); // true false
export {};
