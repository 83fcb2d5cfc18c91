import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  computeIndicators,
  followUp,
  parseEcoIndexCsv,
  parseEventsCsv,
  parseOpenDataCsv,
  parsePurchasesCsv,
  parseRetirementsCsv,
  parseRgaaCsv,
  parseRgesnCsv,
  type IndicatorData,
  type IndicatorResults,
} from "@nrs/indicators";
import { parseBilan, parseCollectivite, parseProgramme, parseStrategy } from "@nrs/model";
import { describe, expect, it } from "vitest";
import { renderBilan, renderStrategy, type BilanReportInput } from "../src/index.js";
import { accessibilityViolations } from "./support/a11y.js";

// The live example of the repository (examples/val-de-fictive), rendered end to end with the real
// @nrs/indicators pipeline on its data files. Not golden bytes (the example is still being written by
// others): accessibility, determinism and the EcoIndex target. The golden files use a frozen copy.
const EXAMPLE = fileURLToPath(new URL("../../../examples/val-de-fictive/", import.meta.url));
const present = ["collectivite.json", "strategie.json", "programme-de-travail.json", "bilans/2025.json"].every((f) =>
  existsSync(EXAMPLE + f),
);

const json = (f: string): unknown => JSON.parse(readFileSync(EXAMPLE + f, "utf8"));
function must<T>(r: { ok: true; value: T } | { ok: false; errors: unknown }, what: string): T {
  if (!r.ok) throw new Error(`${what}: ${JSON.stringify(r.errors).slice(0, 400)}`);
  return r.value;
}

const FILES = [
  ["achats.csv", "purchases", parsePurchasesCsv],
  ["sorties.csv", "retirements", parseRetirementsCsv],
  ["evenements.csv", "events", parseEventsCsv],
  ["rgesn.csv", "rgesn", parseRgesnCsv],
  ["rgaa.csv", "rgaa", parseRgaaCsv],
  ["ecoindex.csv", "ecoindex", parseEcoIndexCsv],
  ["opendata.csv", "openData", parseOpenDataCsv],
] as const;

async function yearResults(year: number, agents: IndicatorData["agents"], population: number): Promise<IndicatorResults> {
  const data: Record<string, unknown> = { population };
  if (agents !== undefined) data.agents = agents;
  for (const [file, key, parse] of FILES) {
    const path = `${EXAMPLE}donnees/${year}/${file}`;
    if (!existsSync(path)) continue;
    const r = await parse(readFileSync(path, "utf8"));
    data[key] = r.records;
  }
  return computeIndicators(data as IndicatorData, { year });
}

describe.skipIf(!present)("the repository's example, end to end", () => {
  it("renders an accessible, deterministic bilan of grade A and a strategy", async () => {
    const collectivite = must(parseCollectivite(json("collectivite.json")), "collectivite");
    const strategie = must(parseStrategy(json("strategie.json")), "strategie");
    const programme = must(parseProgramme(json("programme-de-travail.json")), "programme");
    const bilan = must(parseBilan(json("bilans/2025.json")), "bilan");
    const results = [
      await yearResults(2024, collectivite.agentsEtp, collectivite.population.valeur),
      await yearResults(2025, collectivite.agentsEtp, collectivite.population.valeur),
    ];
    const input: BilanReportInput = {
      collectivite,
      programme,
      strategie,
      bilan,
      resultats: results[1],
      indicateurs: strategie.indicateurs.map((i) => followUp(i.code, results, strategie, { year: 2025 })),
    };
    const out = renderBilan(input, { generatedAt: "2026-02-02" });
    expect(accessibilityViolations(out.content, "fr")).toEqual([]);
    expect(out.ecoIndex?.result.grade, `DOM ${out.ecoIndex?.dom}, ${out.ecoIndex?.sizeKb.toString()} KiB`).toBe("A");
    expect(renderBilan(input, { generatedAt: "2026-02-02" }).content).toBe(out.content);
    const en = renderBilan(input, { generatedAt: "2026-02-02", lang: "en" });
    expect(accessibilityViolations(en.content, "en")).toEqual([]);
    expect(results[1]!.values.length).toBeGreaterThan(0);
    const s = renderStrategy(input, { generatedAt: "2026-02-02" });
    expect(accessibilityViolations(s.content, "fr")).toEqual([]);
  });
});
