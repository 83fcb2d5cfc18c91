// The one golden-file helper of the repository. Layout: `<fixtures>/<case>/in/…` (what the test reads)
// and `<fixtures>/<case>/out/<file>` (what it must produce). `REGEN=1` writes the outputs; otherwise a
// missing output FAILS (it is never written silently), and a different one fails with the diff.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect } from "vitest";

/** Whether this run rewrites the golden files (`REGEN=1`). */
export const REGEN = process.env["REGEN"] === "1";

/**
 * Compares `actual` with `<caseDir>/out/<file>`; with `REGEN=1`, writes it instead. A missing file fails
 * with the command that creates it, so a new case cannot pass without its reviewed output.
 */
export function golden(caseDir: string, file: string, actual: string): void {
  const path = join(caseDir, "out", file);
  if (REGEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`missing golden file ${path}: run the test with REGEN=1, then review and commit it`);
  expect(actual, path).toBe(readFileSync(path, "utf8"));
}

/** The path of an input of a case: `<caseDir>/in/<file>`. */
export function inputOf(caseDir: string, file: string): string {
  return join(caseDir, "in", file);
}

/** The cases of a fixtures folder: its sub-folders that have an `in/` folder (optionally by name prefix), sorted. */
export function goldenCases(fixtures: string, prefix = ""): string[] {
  return readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith(prefix) && existsSync(join(fixtures, d.name, "in")))
    .map((d) => d.name)
    .sort();
}
