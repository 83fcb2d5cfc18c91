import { compareDecimalStrings } from "@nrs/core";
__nrsLog(0, compareDecimalStrings("99.99", "100")); // -1
__nrsLog(1, compareDecimalStrings("-0.1", "-0.10")); // 0
__nrsLog(2, compareDecimalStrings("1e3", "999.999")); // 1
export {};
