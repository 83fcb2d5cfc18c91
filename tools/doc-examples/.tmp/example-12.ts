import { parseFrenchDecimal } from "@nrs/core";
__nrsLog(0, parseFrenchDecimal("1 234,5")?.toString()); // "1234.5"
__nrsLog(1, parseFrenchDecimal("abc")); // undefined
export {};
