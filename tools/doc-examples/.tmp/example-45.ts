import { ok } from "@nrs/core";
__nrsLog(0, ok(42).ok); // true
export {};
