import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../src/run.js";

const EXAMPLE = resolve(import.meta.dirname, "../../../examples/val-de-fictive");
const dir = mkdtempSync(join(tmpdir(), "nrs-quiet-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  let stdout = "";
  let stderr = "";
  return {
    io: {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s), isTTY: false },
      cwd: dir,
      env: {},
    },
    out: () => stdout,
    err: () => stderr,
  };
}

// Every command that writes files says so on standard output, and says nothing with -q: the files are the result.
const WRITERS: readonly [string, (n: string) => string[], (n: string) => string][] = [
  ["init", (n) => ["init", join(dir, `init-${n}`)], (n) => join(dir, `init-${n}`, "collectivite.json")],
  [
    "report --out",
    (n) => ["report", EXAMPLE, "--year", "2025", "--format", "md", "--out", join(dir, `bilan-${n}.md`)],
    (n) => join(dir, `bilan-${n}.md`),
  ],
  [
    "export opendata",
    (n) => ["export", "opendata", EXAMPLE, "--year", "2025", "--out", join(dir, `od-${n}.csv`)],
    (n) => join(dir, `od-${n}.csv`),
  ],
  [
    "export agec58",
    (n) => ["export", "agec58", EXAMPLE, "--year", "2025", "--out", join(dir, `agec-${n}.csv`)],
    (n) => join(dir, `agec-${n}.csv`),
  ],
];

describe("-q silences the confirmations of the files written", () => {
  for (const [name, argv, file] of WRITERS) {
    it(
      name,
      async () => {
        const loud = io();
        expect(await run(argv("loud"), loud.io), loud.err()).toBe(0);
        expect(loud.out()).toMatch(/écrit|créé/);
        const quiet = io();
        expect(await run([...argv("quiet"), "-q"], quiet.io), quiet.err()).toBe(0);
        expect(existsSync(file("quiet"))).toBe(true);
        expect(quiet.out()).toBe("");
        expect(quiet.err()).toBe("");
      },
      60_000,
    );
  }
});
