import { unknownEntityProblem } from "@nrs/core";
const p = unknownEntityProblem("26999", ["epci", "26901", "26902"], { path: ["entity"], line: 12, column: 1 });
__nrsLog(0, p.code, p.severity, p.line, p.column); // NRS_UNKNOWN_ENTITY warning 12 1
__nrsLog(1, p.message.en); // Unknown entity "26999" (expected: epci, 26901, 26902): the line is kept under this entity.
export {};
