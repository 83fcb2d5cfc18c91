import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The repository root and the built binary the end-to-end tests drive. */
export const repoRoot = resolve(import.meta.dirname, "../../../..");
export const bin = join(repoRoot, "packages/cli/dist/bin.js");
export const example = join(repoRoot, "examples/val-de-fictive");

if (!existsSync(bin)) {
  throw new Error(`The end-to-end tests drive the built CLI: ${bin} is missing. Run "npx turbo run build --filter=@nrs/cli..." first.`);
}

/** What a run of the built `nrs` gave. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node packages/cli/dist/bin.js ...args` as a user would, through pipes (so no progress bar). */
export function nrs(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { PATH: process.env.PATH ?? "", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.on("error", failed);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = "nrs-e2e-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A writable copy of the example project folder, to break on purpose. */
export function copyExample(into: string): string {
  const target = join(into, "val-de-fictive");
  cpSync(example, target, { recursive: true });
  return target;
}

/** No line of a user-facing output looks like a JavaScript stack frame. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[:(].*\d+:\d+\)?$/m.test(text);
}
