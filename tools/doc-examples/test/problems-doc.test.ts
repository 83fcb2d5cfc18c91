import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isProblemCode, PROBLEM_CODES } from "@nrs/core";
import { COMPLIANCE_RULES } from "@nrs/model";
import { problemsDoc } from "../src/problems-doc.js";
import { root } from "./extract.js";

const PACKAGES = ["core", "model", "footprint", "indicators", "report", "cli"];

/** Every `"NRS_…"` string literal of the sources of a package (generated packs aside). */
function codesRaised(pkg: string): Map<string, string> {
  const dir = join(root, "packages", pkg, "src");
  const found = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    if (!f.endsWith(".ts") || f.startsWith("packs/")) continue;
    for (const m of readFileSync(join(dir, f), "utf8").matchAll(/["'`](NRS_[A-Z0-9_]+)["'`]/g))
      found.set(m[1] as string, `packages/${pkg}/src/${f}`);
  }
  return found;
}

describe("the catalogue of problem codes", () => {
  it("has every code a source raises (or a compliance rule of @nrs/model)", () => {
    const missing: string[] = [];
    for (const pkg of PACKAGES) {
      for (const [code, file] of codesRaised(pkg))
        if (!isProblemCode(code) && !(code in COMPLIANCE_RULES)) missing.push(`${code} (${file})`);
    }
    expect(missing, "add each to packages/core/src/problem-codes/<package>.ts").toEqual([]);
  });

  it("lists no code twice, and none that is also a compliance rule", () => {
    const all = Object.values(PROBLEM_CODES).length;
    expect(Object.keys(PROBLEM_CODES)).toHaveLength(all);
    expect(Object.keys(PROBLEM_CODES).filter((c) => c in COMPLIANCE_RULES)).toEqual([]);
  });

  it("gives every code a meaning in French and in English", () => {
    for (const [code, m] of Object.entries(PROBLEM_CODES)) {
      expect(m.fr.trim().length, code).toBeGreaterThan(5);
      expect(m.en.trim().length, code).toBeGreaterThan(5);
      expect(m.fr, code).not.toBe(m.en);
    }
  });

  it("docs/problems.md is the page generated from it (npm run docs:problems)", () => {
    expect(readFileSync(join(root, "docs/problems.md"), "utf8")).toBe(problemsDoc());
  });
});
