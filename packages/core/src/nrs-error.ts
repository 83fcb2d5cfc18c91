import { formatPath } from "./format-problem.js";
import type { Problem } from "./problem.js";

/** How many problems `message` spells out; the rest are counted (all of them stay in `problems`). */
const MESSAGE_PROBLEMS = 10;

// One line per problem, English (the language of Error messages), with its path or file:line:column.
function summary(problems: readonly Problem[]): string {
  const lines = problems.slice(0, MESSAGE_PROBLEMS).map((p) => {
    let where = p.path.length > 0 ? formatPath(p.path) : "";
    if (p.file !== undefined)
      where = `${p.file}${p.line === undefined ? "" : `:${p.line}`}${p.column === undefined ? "" : `:${p.column}`}${where ? ` ${where}` : ""}`;
    return `${p.code}: ${p.message.en}${where ? ` (at ${where})` : ""}`;
  });
  const more = problems.length - MESSAGE_PROBLEMS;
  if (more > 0) lines.push(`… and ${more} more problem${more === 1 ? "" : "s"} (see .problems)`);
  return lines.join("\n");
}

/**
 * The error the SDK's calculators throw on bad input, instead of returning NaN, Infinity or a silent
 * zero. It carries every {@link Problem} found; its `message` lists them in English, one per line with
 * its path (or file:line:column), the first ten spelled out and the rest counted.
 *
 * @example
 * ```ts
 * import { NrsError, toDecimal } from "@nrs/core";
 * try {
 *   toDecimal("douze", ["quantite"]);
 * } catch (e) {
 *   if (!(e instanceof NrsError)) throw e;
 *   console.log(e.code, e.problems[0]?.message.fr);
 *   console.log(e.message.startsWith("NRS_NOT_A_NUMBER")); // true
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
    super(first ? summary(problems) : "NRS_UNKNOWN: unknown error");
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
