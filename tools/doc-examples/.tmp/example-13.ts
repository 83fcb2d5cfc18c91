import { toDecimal } from "@nrs/core";
__nrsLog(0, toDecimal("0.1").plus(toDecimal(0.2)).toString()); // "0.3"
export {};
