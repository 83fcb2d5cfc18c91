import type { WeeeCategory } from "@nrs/indicators";
const c: WeeeCategory = "6";
__nrsLog(0, c); // 6
export {};
