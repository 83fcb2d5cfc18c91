import { describe, expect, it } from "vitest";
import { computeIndicators, dataFile, parsePrintingCsv } from "../src/index.js";

describe("impressions.csv", () => {
  it("reads pages and sheets per format and colour, and refuses a line with neither", async () => {
    const r = await parsePrintingCsv(
      "entite;format;couleur;recto_verso;pages;feuilles\nepci;A4;non;oui;1000;500\n26901;a3;oui;;20;\nepci;A4;non;non;;\nepci;A5;non;non;5;\n",
    );
    expect(r.records.map((x) => [x.entity, x.format, x.colour, x.duplex, x.pages, x.sheets, x.line])).toEqual([
      ["epci", "A4", false, true, 1000, 500, 2],
      ["26901", "A3", true, undefined, 20, undefined, 3],
    ]);
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ["NRS_REQUIRED", 4],
      ["NRS_INVALID_VALUE", 5],
    ]);
  });

  it("gives pages printed per agent, from the lines that give pages", () => {
    const r = computeIndicators(
      {
        agents: 40,
        printing: [
          { format: "A4", colour: false, pages: 10000, line: 2 },
          { format: "A4", colour: false, sheets: 999, line: 3 },
        ],
      },
      { year: 2024 },
    );
    const v = r.values.find((x) => x.code === "pages-imprimees-par-agent");
    expect([v?.value.toString(), v?.numerator?.toString(), v?.denominator?.toString()]).toEqual(["250", "10000", "40"]);
    expect(v?.provenance.records).toEqual([{ dataset: "impressions", count: 1, lines: [2] }]);
    const none = computeIndicators({ agents: 40 }, { year: 2024 });
    expect(none.notComputed.find((n) => n.code === "pages-imprimees-par-agent")?.reason).toBe("DONNEES_ABSENTES");
  });

  it("is one entry of the data-file registry, feeding the pages-per-agent indicator", () => {
    expect(dataFile("impressions.csv")?.feeds).toEqual(["pages-imprimees-par-agent"]);
    expect(dataFile("impressions")?.records?.columns.map((c) => c.name)).toEqual([
      "entite",
      "format",
      "couleur",
      "recto_verso",
      "pages",
      "feuilles",
    ]);
  });
});
