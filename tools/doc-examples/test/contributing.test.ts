// docs/contributing.md names, for each extension point, the file to edit and the test that checks it:
// every path it names must exist, so the page cannot point to a file that moved.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./extract.js";

describe("docs/contributing.md", () => {
  const text = readFileSync(join(root, "docs/contributing.md"), "utf8");
  const paths = [...new Set([...text.matchAll(/`((?:packages|tools|docs)\/[A-Za-z0-9_./-]+\.(?:ts|md))`/g)].map((m) => m[1] as string))];

  it("names the files of every extension point", () => {
    expect(paths.length).toBeGreaterThan(15);
  });

  it("names only files that exist (placeholders such as <name> aside)", () => {
    expect(paths.filter((p) => !existsSync(join(root, p)))).toEqual([]);
  });

  it("names tests that exist next to each extension point's file", () => {
    const tests = [...text.matchAll(/`([A-Za-z0-9_-]+\.test\.ts)`/g)].map((m) => m[1] as string);
    const all = [...text.matchAll(/`((?:packages|tools)\/[^`]+\.test\.ts)`/g)].map((m) => m[1] as string);
    for (const t of tests)
      expect(
        all.some((p) => p.endsWith(t)) ||
          existsSync(join(root, "packages/indicators/test", t)) ||
          existsSync(join(root, "packages/report/test", t)),
        t,
      ).toBe(true);
  });
});
