import { zDateIso } from "@nrs/model";
__nrsLog(0, zDateIso.safeParse("2025-01-01").success); // true
export {};
