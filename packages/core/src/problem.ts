import { definedProps } from "./defined-props.js";
import type { Message } from "./message.js";
import type { ProblemCode } from "./problem-codes.js";

/** How serious a {@link Problem} is: `error` blocks, `warning` should be looked at, `info` informs. */
export type Severity = "error" | "warning" | "info";

/** Where in a document a problem sits: object keys and array indexes from the root. */
export type ProblemPath = readonly (string | number)[];

/**
 * One error or finding, in the single shape used across the SDK: a stable machine code, a severity,
 * the path in the document (plus line and column for text formats such as CSV), a French and English
 * message, and, for compliance findings, the legal reference it rests on.
 *
 * @example
 * ```ts
 * import type { Problem } from "@nrs/core";
 * const p: Problem = {
 *   code: "NRS_NEGATIVE",
 *   severity: "error",
 *   path: ["quantite"],
 *   line: 12,
 *   column: 9,
 *   message: { fr: "La quantité doit être positive.", en: "Quantity must be positive." },
 * };
 * console.log(p.code);
 * ```
 */
export interface Problem {
  /** Stable machine code, e.g. `NRS_INVALID_TYPE`; never changes meaning between versions. */
  readonly code: string;
  readonly severity: Severity;
  readonly path: ProblemPath;
  readonly message: Message;
  /** 1-based line in a text input (CSV). */
  readonly line?: number;
  /** 1-based column (in characters) in a text input (CSV). */
  readonly column?: number;
  /** The file the problem was found in, when known (set by the CLI). */
  readonly file?: string;
  /** Legal or methodological reference the finding rests on, e.g. `CGCT art. D. 2311-15-1`. */
  readonly ref?: string;
}

/**
 * Where a problem sits in a text input and what else to attach to it.
 *
 * @example
 * ```ts
 * import { problem, type ProblemExtras } from "@nrs/core";
 * const at: ProblemExtras = { severity: "warning", line: 4, column: 2 };
 * console.log(problem("NRS_UNKNOWN_KEY", ["x"], "Champ inconnu.", "Unknown field.", at).severity); // warning
 * ```
 */
export interface ProblemExtras {
  /** Default `error`. */
  readonly severity?: Severity | undefined;
  /** An `undefined` line, column, file or reference is left out of the problem. */
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  readonly file?: string | undefined;
  readonly ref?: string | undefined;
}

/**
 * Builds a {@link Problem}: the one constructor of the SDK. The code must be one of the catalogue
 * (`PROBLEM_CODES`), so a typo or an undocumented code does not compile.
 *
 * @example
 * ```ts
 * import { problem } from "@nrs/core";
 * const p = problem("NRS_NEGATIVE", ["lignes", 3, "quantite"], "La quantité est négative.", "The quantity is negative.");
 * console.log(p.code, p.severity, p.path, p.message.en); // NRS_NEGATIVE error ["lignes", 3, "quantite"] The quantity is negative.
 * ```
 */
export function problem(code: ProblemCode, path: ProblemPath, fr: string, en: string, extras: ProblemExtras = {}): Problem {
  const { severity = "error", ...where } = extras;
  // The order of the fields of a literal `Problem` in the sources, so that JSON output keeps its shape.
  return { code, severity, path, ...definedProps(where), message: { fr, en } };
}
