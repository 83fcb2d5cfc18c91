import { CLI_CODES } from "./problem-codes/cli.js";
import { CORE_CODES } from "./problem-codes/core.js";
import { FOOTPRINT_CODES } from "./problem-codes/footprint.js";
import { INDICATORS_CODES } from "./problem-codes/indicators.js";
import { MODEL_CODES } from "./problem-codes/model.js";
import type { ProblemMeaning } from "./problem-codes/problem-meaning.js";
import { REPORT_CODES } from "./problem-codes/report.js";
import { SHARED_CODES } from "./problem-codes/shared.js";

/**
 * The catalogue of problem codes by the package that raises them (`shared` for the codes several
 * packages raise), each code with its meaning in French and English. `docs/problems.md` is generated
 * from it (`npm run docs:problems`), and a test fails when a source raises a code it does not list.
 * The compliance findings of `@nrs/model` have their own table there (`COMPLIANCE_RULES`).
 *
 * @example
 * ```ts
 * import { PROBLEM_CODE_AREAS } from "@nrs/core";
 * console.log(Object.keys(PROBLEM_CODE_AREAS).join(" ")); // shared core model footprint indicators report cli
 * console.log("NRS_CSV_UNCLOSED_QUOTE" in PROBLEM_CODE_AREAS.core); // true
 * ```
 */
export const PROBLEM_CODE_AREAS = Object.freeze({
  shared: SHARED_CODES,
  core: CORE_CODES,
  model: MODEL_CODES,
  footprint: FOOTPRINT_CODES,
  indicators: INDICATORS_CODES,
  report: REPORT_CODES,
  cli: CLI_CODES,
});

type Areas = typeof PROBLEM_CODE_AREAS;

/**
 * A problem code of the catalogue, as a union of string literals: `problem()` accepts no other, so a
 * typo or a code without a documented meaning does not compile.
 *
 * @example
 * ```ts
 * import { isProblemCode, type ProblemCode } from "@nrs/core";
 * const c: ProblemCode = "NRS_NEGATIVE";
 * console.log(isProblemCode(c), isProblemCode("nrs_negative")); // true false
 * ```
 */
export type ProblemCode = { [A in keyof Areas]: keyof Areas[A] }[keyof Areas];

/**
 * Every code of the catalogue with its meaning, all areas together.
 *
 * @example
 * ```ts
 * import { PROBLEM_CODES } from "@nrs/core";
 * console.log(PROBLEM_CODES.NRS_NOT_A_NUMBER.fr); // Nombre fini attendu.
 * ```
 */
export const PROBLEM_CODES: Readonly<Record<ProblemCode, ProblemMeaning>> = Object.freeze(
  Object.assign({}, ...Object.values(PROBLEM_CODE_AREAS)),
);

/**
 * Whether a string is a code of the catalogue.
 *
 * @example
 * ```ts
 * import { isProblemCode } from "@nrs/core";
 * console.log(isProblemCode("NRS_REQUIRED")); // true
 * ```
 */
export function isProblemCode(code: string): code is ProblemCode {
  return Object.prototype.hasOwnProperty.call(PROBLEM_CODES, code);
}
