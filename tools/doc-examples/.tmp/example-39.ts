import { PROBLEM_CODES } from "@nrs/core";
__nrsLog(0, PROBLEM_CODES.NRS_NOT_A_NUMBER.fr); // Nombre fini attendu.
export {};
