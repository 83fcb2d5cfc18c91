import { RGESN_CRITERIA, rgesnScore, type RgesnEvaluationRecord } from "@nrs/indicators";
import { describe, expect, it } from "vitest";
import { formatDate, formatPublishedQuantity, renderBilan } from "../src/index.js";
import { GENERATED_AT, loadFixture } from "./support/fixture.js";

// Two services: one evaluated twice (the latest evaluation counts), one with three criteria only (the
// others count as « À évaluer », as the RGESN score counts them).
const optional = RGESN_CRITERIA.filter((c) => !c.appliesToAll);
const records: RgesnEvaluationRecord[] = [
  ...RGESN_CRITERIA.map((c, i) => ({ service: "site", date: "2024-03-01", criterion: c.id, status: "NON_VALIDE" as const, line: i + 2 })),
  ...RGESN_CRITERIA.map((c, i) => ({
    service: "site",
    date: "2025-05-15",
    criterion: c.id,
    status: i % 3 === 0 ? ("VALIDE" as const) : i % 3 === 1 || c.appliesToAll ? ("NON_VALIDE" as const) : ("NON_APPLICABLE" as const),
    line: i + 100,
  })),
  { service: "appli", date: "2025-06-01", criterion: RGESN_CRITERIA[0]!.id, status: "VALIDE", line: 300 },
  { service: "appli", date: "2025-06-01", criterion: RGESN_CRITERIA[1]!.id, status: "EN_COURS", line: 301 },
  { service: "appli", date: "2025-06-01", criterion: optional[0]!.id, status: "NON_APPLICABLE", line: 302 },
];

describe("the RGESN declarations annex", () => {
  const md = renderBilan({ ...loadFixture(), rgesn: records }, { generatedAt: GENERATED_AT, format: "markdown" }).content;
  const row = (service: string) => md.split("\n").find((l) => l.startsWith(`| ${service} |`)) ?? "";

  it("has one row per service, sorted, with the latest evaluation and its score", () => {
    expect(md).toContain("## Annexe\u00A0: déclarations RGESN des services évalués");
    const site = records.filter((r) => r.service === "site" && r.date === "2025-05-15");
    const score = rgesnScore(site).score!;
    expect(row("site")).toContain(`| ${formatDate("2025-05-15", "fr")} | ${formatPublishedQuantity(score, "/100", "fr")} |`);
    expect(md.indexOf("| appli |")).toBeLessThan(md.indexOf("| site |"));
  });

  it("puts every criterion under its status, unmentioned criteria under « À évaluer »", () => {
    const cell = row("appli").split(" | ")[3]!;
    const parts = cell.split(". ");
    expect(parts[0]).toBe(`Validé (1\u00A0critère)\u00A0: ${RGESN_CRITERIA[0]!.id}`);
    expect(parts[1]).toBe(`En cours (1\u00A0critère)\u00A0: ${RGESN_CRITERIA[1]!.id}`);
    expect(parts[2]).toMatch(new RegExp(`^À évaluer \\(${RGESN_CRITERIA.length - 3}\u00A0critères\\)\u00A0: `));
    expect(parts[3]).toMatch(/^Non applicable \(1\u00A0critère\)/);
    const listed = row("site").match(/\d+\.\d+/g) ?? [];
    expect(new Set(listed).size).toBe(RGESN_CRITERIA.length);
  });

  it("is absent without evaluations", () => {
    expect(renderBilan(loadFixture(), { generatedAt: GENERATED_AT, format: "markdown" }).content).not.toContain(
      "RGESN des services évalués",
    );
  });
});
