import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { compareCollectivites, type CompareSubject } from "@nrs/indicators";
import { renderComparison } from "../../src/index.js";

const subject = (id: string, name: string, agents: number, total: number, kind: "projet" | "opendata" = "projet"): CompareSubject => ({
  id,
  name,
  agents,
  year: 2025,
  source: { kind, label: `${id}.csv`, date: "2026-06-30" },
  values: [
    {
      key: "empreinte-carbone-totale",
      code: "empreinte-carbone-totale",
      label: { fr: "Empreinte carbone", en: "Carbon footprint" },
      unit: "kgCO2e",
      value: new Decimal(total),
    },
  ],
});
const comparison = compareCollectivites([
  subject("A", "Ville <A>", 1000, 200000),
  subject("B", "Ville B", 500, 150000, "opendata"),
  subject("C", "Ville C", 400, 40000),
]);

describe("renderComparison", () => {
  it("writes a scriptless HTML page with a labelled plot and a table per indicator, names escaped", () => {
    const page = renderComparison(comparison, { generatedAt: "2026-07-01", focus: "A" });
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain("Ville &lt;A&gt;");
    expect(page).toMatch(/<svg[^>]*role="img"[^>]*aria-label="[^"]*médiane 200/);
    expect(page).toContain("kgCO2e/agent");
    expect(page).toContain("1/3");
    expect(page).toContain("données ouvertes publiées");
    expect(page).toContain("30\u00A0juin 2026");
  });

  it("writes Markdown and English", () => {
    const md = renderComparison(comparison, { format: "markdown", lang: "en", generatedAt: "2026-07-01" });
    expect(md.split("\n")[0]).toBe("# Comparison of local authorities — 2025");
    expect(md).toContain("Median 200");
    expect(md).toContain("published open data");
  });

  it("writes JSON with the exact values", () => {
    const json = JSON.parse(renderComparison(comparison, { format: "json", generatedAt: "2026-07-01" }));
    expect(json.format).toBe("nrs-comparison/1");
    expect(json.comparison.indicators[0].groups[0].values[0].value).toBe("100");
  });
});
