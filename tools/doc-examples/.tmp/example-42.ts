import { problem, type ProblemExtras } from "@nrs/core";
const at: ProblemExtras = { severity: "warning", line: 4, column: 2 };
__nrsLog(0, problem("NRS_UNKNOWN_KEY", ["x"], "Champ inconnu.", "Unknown field.", at).severity); // warning
export {};
