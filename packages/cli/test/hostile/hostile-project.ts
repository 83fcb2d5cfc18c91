import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { CliIo } from "../../src/cli-io.js";
import { run } from "../../src/run.js";

export const example = resolve(import.meta.dirname, "../../../../examples/val-de-fictive");

/** A writable copy of the example in a fresh folder, to break on purpose; `cleanup` removes it. */
export function hostileCopy(): { root: string; project: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), "nrs-hostile-"));
  const project = join(root, "p");
  cpSync(example, project, { recursive: true });
  return { root, project, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Runs `nrs` in-process from `cwd`, with its exit code, standard output and error. */
export async function nrsIn(cwd: string, argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env: { SOURCE_DATE_EPOCH: "0" },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
