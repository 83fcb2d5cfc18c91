import { describe, expect, it } from "vitest";
import { publishedDecimals } from "@nrs/indicators";
import { barChart, seriesChart } from "../src/index.js";

// The charts print their values by the publication policy of @nrs/indicators, as the bilan's text and
// the open-data CSV do: a small value keeps three significant digits instead of collapsing to 0.09.
describe("chart values follow the publication rounding", () => {
  it("writes a bar's value with the published number of decimals", () => {
    expect(publishedDecimals("0.08714")).toBe(4);
    const c = barChart(
      {
        title: "ADP",
        unit: "kgSbEq",
        bars: [
          { label: "Postes", valeur: "0.08714" },
          { label: "Écrans", valeur: "12.3456" },
        ],
      },
      "en",
    );
    expect(c.alt).toContain("Postes 0.0871\u00A0kgSbEq");
    expect(c.alt).toContain("Écrans 12.35\u00A0kgSbEq");
    expect(String(c.svg)).toContain("Postes – 0.0871\u00A0kgSbEq");
  });

  it("writes a series' points the same way", () => {
    const c = seriesChart(
      {
        title: "Par habitant",
        unit: "kgCO2e/hab",
        serie: [
          { annee: 2024, valeur: "0.90243" },
          { annee: 2025, valeur: "0.81" },
        ],
      },
      "fr",
    );
    expect(c.alt).toContain("0,902");
    expect(c.alt).not.toContain("0,9\u00A0");
  });
});
