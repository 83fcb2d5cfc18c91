import { zPositiveDecimal } from "@nrs/core";
__nrsLog(0, zPositiveDecimal.safeParse("0").success); // false
export {};
