import { zNonNegativeDecimalString } from "@nrs/core";
__nrsLog(0, zNonNegativeDecimalString.safeParse("-0.01").success); // false
__nrsLog(1, zNonNegativeDecimalString.parse("-0")); // "0"
export {};
