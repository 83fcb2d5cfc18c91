import type { Problem } from "./problem.js";

/**
 * The error the SDK's calculators throw on bad input, instead of returning NaN, Infinity or a silent
 * zero. It carries every {@link Problem} found; its `message` is the English text of the first one.
 *
 * @example
 * ```ts
 * import { NrsError, toDecimal } from "@nrs/core";
 * try {
 *   toDecimal("douze", ["quantite"]);
 * } catch (e) {
 *   if (!(e instanceof NrsError)) throw e;
 *   console.log(e.code, e.problems[0]?.message.fr);
 * }
 * ```
 */
export class NrsError extends Error {
  /** Every problem found; never empty. */
  readonly problems: readonly Problem[];
  /** The code of the first problem. */
  readonly code: string;

  constructor(problems: readonly Problem[]) {
    const first = problems[0];
    super(first ? `${first.code}: ${first.message.en}` : "NRS_UNKNOWN: unknown error");
    this.name = "NrsError";
    this.problems = problems.length > 0 ? problems : [unknownProblem];
    this.code = first?.code ?? "NRS_UNKNOWN";
  }
}

const unknownProblem: Problem = {
  code: "NRS_UNKNOWN",
  severity: "error",
  path: [],
  message: { fr: "Erreur inconnue.", en: "Unknown error." },
};
