import { isProblemCode, type ProblemCode } from "@nrs/core";
const c: ProblemCode = "NRS_NEGATIVE";
__nrsLog(0, isProblemCode(c), isProblemCode("nrs_negative")); // true false
export {};
