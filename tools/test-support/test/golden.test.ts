import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const dirs: string[] = [];
const scratch = (): string => {
  const d = mkdtempSync(join(tmpdir(), "nrs-golden-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function load(regen: boolean) {
  vi.stubEnv("REGEN", regen ? "1" : "");
  return import("../src/golden.js");
}

describe("golden()", () => {
  it("fails on a missing output instead of writing it", async () => {
    const { golden } = await load(false);
    const c = scratch();
    expect(() => golden(c, "out.json", "{}\n")).toThrow(/missing golden file .*REGEN=1/);
    expect(() => readFileSync(join(c, "out", "out.json"))).toThrow();
  });

  it("writes the output with REGEN=1, then compares it", async () => {
    const c = scratch();
    (await load(true)).golden(c, "a.txt", "one\n");
    expect(readFileSync(join(c, "out", "a.txt"), "utf8")).toBe("one\n");
    vi.resetModules();
    const { golden } = await load(false);
    expect(() => golden(c, "a.txt", "one\n")).not.toThrow();
    expect(() => golden(c, "a.txt", "two\n")).toThrow();
  });

  it("lists the cases that have an in/ folder", async () => {
    const { goldenCases } = await load(false);
    const f = scratch();
    for (const n of ["b-case", "a-case", "x-other"]) mkdirSync(join(f, n, "in"), { recursive: true });
    mkdirSync(join(f, "no-input"));
    writeFileSync(join(f, "file.json"), "{}");
    expect(goldenCases(f)).toEqual(["a-case", "b-case", "x-other"]);
    expect(goldenCases(f, "x-")).toEqual(["x-other"]);
  });
});
