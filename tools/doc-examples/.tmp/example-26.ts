import { parseIsoDay } from "@nrs/core";
__nrsLog(0, parseIsoDay("2025-12-31")?.month, parseIsoDay("2023-02-29"), parseIsoDay("2025-1-5")); // 12 undefined undefined
export {};
