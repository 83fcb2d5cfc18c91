import { zNonNegativeDecimal } from "@nrs/core";
__nrsLog(0, zNonNegativeDecimal.safeParse(-1).success); // false
export {};
