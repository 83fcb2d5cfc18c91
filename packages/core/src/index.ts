export type { Lang, Message } from "./message.js";
export { msg } from "./message.js";
export type { Problem, ProblemExtras, ProblemPath, Severity } from "./problem.js";
export { problem } from "./problem.js";
export type { ProblemCode } from "./problem-codes.js";
export { isProblemCode, PROBLEM_CODE_AREAS, PROBLEM_CODES } from "./problem-codes.js";
export type { ProblemMeaning } from "./problem-codes/problem-meaning.js";
export type { Signed } from "./non-negative.js";
export { assertNonNegative, negativeProblem } from "./non-negative.js";
export type { IsoDay } from "./iso-day.js";
export { daysInMonth, formatIsoDay, isIsoDay, parseIsoDay } from "./iso-day.js";
export type { DefinedProps } from "./defined-props.js";
export { definedProps } from "./defined-props.js";
export type { Result } from "./result.js";
export { fail, ok } from "./result.js";
export { NrsError } from "./nrs-error.js";
export type { NrsIssueParams } from "./zod-problems.js";
export { check, problemsFromZod, safeParse } from "./zod-problems.js";
export type { DecimalInput, DecimalLike, WithDecimalInputs } from "./decimal-input.js";
export { Decimal, parseFrenchDecimal, toDecimal, zDecimal, zNonNegativeDecimal, zPositiveDecimal } from "./decimal.js";
export {
  compareDecimalStrings,
  toDecimalString,
  zDecimalString,
  zNonNegativeDecimalString,
  zPositiveDecimalString,
} from "./decimal-string.js";
export { toJson, toJsonValue } from "./json.js";
export type { ExactValue } from "./exact.js";
export { Exact, ex, out, sumExact } from "./exact.js";
export type { CsvChunk, CsvDelimiter, CsvOptions, CsvRow } from "./csv-row.js";
export type { CsvInput } from "./csv-read.js";
export { CsvReader } from "./csv.js";
export { detectDelimiter } from "./csv-delimiter.js";
export { parseCsvText, readCsv, readCsvBatches, readCsvEach } from "./csv-read.js";
export { formatPath, formatProblem } from "./format-problem.js";
export { unknownEntityProblem } from "./unknown-entity-problem.js";
