/**
 * What the `nrs` command needs from its surroundings, so that tests can run it in-process with fake
 * streams and the real binary can pass `process`'s.
 *
 * @example
 * ```ts
 * import type { CliIo } from "@nrs/cli";
 * let out = "";
 * const io: CliIo = {
 *   stdout: { write: (s: string) => { out += s; } },
 *   stderr: { write: () => {}, isTTY: false },
 *   cwd: "/",
 *   env: {},
 * };
 * io.stdout.write("ok");
 * console.log(out);
 * ```
 */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown; readonly isTTY?: boolean; readonly columns?: number };
  /** The folder relative paths are resolved from. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}
