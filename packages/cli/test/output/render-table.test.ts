import { describe, expect, it } from "vitest";
import { renderTable } from "../../src/output/render-table.js";

describe("renderTable", () => {
  it("aligns text left and numbers right, under a rule", () => {
    expect(
      renderTable([
        ["Type", "kgCO2e"],
        ["portable", "1 200"],
        ["écran", "310"],
      ]),
    ).toBe(["Type      kgCO2e", "--------  ------", "portable   1 200", "écran        310"].join("\n"));
  });

  it("is empty without rows", () => {
    expect(renderTable([])).toBe("");
  });
});
