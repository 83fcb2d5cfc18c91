import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contrastRatio, PALETTE, REPORT_VERSION } from "../src/index.js";

describe("palette", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });
  it("every colour has at least 4.5:1 against the page (AA, normal text)", () => {
    for (const [name, colour] of Object.entries(PALETTE)) {
      if (name === "background") continue;
      expect(contrastRatio(colour, PALETTE.background), name).toBeGreaterThanOrEqual(4.5);
    }
  });
  it("table header background keeps AA contrast with the text", () => {
    expect(contrastRatio(PALETTE.text, "#eef2f8")).toBeGreaterThanOrEqual(4.5);
  });
});

describe("REPORT_VERSION", () => {
  it("equals package.json's version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(REPORT_VERSION).toBe(pkg.version);
  });
});
