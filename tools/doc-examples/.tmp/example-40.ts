import { isProblemCode } from "@nrs/core";
__nrsLog(0, isProblemCode("NRS_REQUIRED")); // true
export {};
