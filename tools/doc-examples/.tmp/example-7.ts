import { toDecimalString } from "@nrs/core";
__nrsLog(0, toDecimalString(1e21)); // "1000000000000000000000"
__nrsLog(1, toDecimalString("-0012.3400")); // "-12.34"
export {};
