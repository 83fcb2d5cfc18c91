import { describe, expect, it } from "vitest";
import { parseInventoryCsv } from "../src/inventory/parse-inventory-csv.js";
import { CASES } from "./fixtures/inventory-bad-input/cases.js";

describe("inventory bad-input corpus", () => {
  it("has at least 50 cases with distinct names", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    it(c.name, async () => {
      const r = await parseInventoryCsv(c.csv, c.options ?? {});
      const errors = r.problems.filter((p) => p.severity === "error").map((p) => [p.code, p.line, p.column]);
      expect(errors).toEqual(c.expect);
      expect(r.ok).toBe(false);
      expect(r.items.length).toBe(c.goodRows ?? 1);
      expect(r.stats.goodRows).toBe(c.goodRows ?? 1);
      for (const p of r.problems) {
        expect(p.message.fr.length).toBeGreaterThan(0);
        expect(p.message.en.length).toBeGreaterThan(0);
        expect(p.message.fr).not.toBe(p.message.en);
      }
      // Same answer when the file arrives one character at a time.
      const chunked = await parseInventoryCsv([...c.csv], c.options ?? {});
      expect(chunked.problems).toEqual(r.problems);
      expect(chunked.items).toEqual(r.items);
    });
  }
});
