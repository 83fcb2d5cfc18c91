import { PROBLEM_CODE_AREAS } from "@nrs/core";
__nrsLog(0, Object.keys(PROBLEM_CODE_AREAS).join(" ")); // shared core model footprint indicators report cli
__nrsLog(1, "NRS_CSV_UNCLOSED_QUOTE" in PROBLEM_CODE_AREAS.core); // true
export {};
