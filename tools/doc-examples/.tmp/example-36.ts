import { PROBLEM_CODES, type ProblemMeaning } from "@nrs/core";
const m: ProblemMeaning = PROBLEM_CODES.NRS_NEGATIVE;
__nrsLog(0, m.en); // The value must not be negative.
export {};
