import { zPositiveDecimalString } from "@nrs/core";
__nrsLog(0, zPositiveDecimalString.safeParse(0).success); // false
__nrsLog(1, zPositiveDecimalString.parse("0.001")); // "0.001"
export {};
