import { ex, out } from "@nrs/core";
// "0." and 34 digits
__nrsLog(0, out(ex(1).div(3), true).toString().length); // 36
export {};
