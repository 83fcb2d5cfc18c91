/**
 * The exit codes of the `nrs` command. Scripts and CI rely on them, so their meaning never changes.
 *
 * - `ok` (0): the command did what was asked and found no error.
 * - `problems` (1): the project folder holds errors (invalid data, compliance errors).
 * - `usage` (2): the command line is wrong (unknown command or option, missing argument).
 * - `io` (3): a file or folder could not be read or written.
 * - `internal` (70): a bug in `nrs` itself; please report it.
 *
 * @example
 * ```ts
 * import { ExitCode } from "@nrs/cli";
 * if (ExitCode.usage !== 2) throw new Error("unexpected");
 * ```
 */
export const ExitCode = {
  ok: 0,
  problems: 1,
  usage: 2,
  io: 3,
  internal: 70,
} as const;

/** One of the values of {@link ExitCode}. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
