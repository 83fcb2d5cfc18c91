import type { Message, Problem } from "@nrs/core";
import type { ExitCodeValue } from "./exit-code.js";

/**
 * An error the `nrs` command reports to a person: what went wrong, what to do about it, and the exit
 * code. It is printed without a stack trace.
 *
 * @example
 * ```ts
 * import { CliError, ExitCode } from "@nrs/cli";
 * const e = new CliError("NRS_CLI_NO_DIR", { fr: "Dossier absent.", en: "No folder." },
 *   { fr: "Donnez un dossier.", en: "Give a folder." }, ExitCode.usage);
 * console.log(e.exitCode); // 2
 * ```
 */
export class CliError extends Error {
  constructor(
    /** Stable machine code, e.g. `NRS_CLI_UNKNOWN_COMMAND`. */
    readonly code: string,
    /** What went wrong. */
    readonly text: Message,
    /** What the user can do about it. */
    readonly hint: Message,
    readonly exitCode: ExitCodeValue,
    /** Problems behind the error, when it comes from data. */
    readonly problems: readonly Problem[] = [],
  ) {
    super(`${code}: ${text.en}`);
    this.name = "CliError";
  }
}
