import { describe, expect, it } from "vitest";
import { golden } from "../../../tools/test-support/src/golden.js";
import { renderBilan, renderStrategy, toAgec58Csv, toOpenDataCsv } from "../src/index.js";
import { FIXTURE, GENERATED_AT, loadCsvFixtures, loadFixture } from "./support/fixture.js";

function outputs(): Record<string, string> {
  const input = loadFixture();
  const { openData, agec58 } = loadCsvFixtures();
  const o = { generatedAt: GENERATED_AT };
  const od = toOpenDataCsv(openData);
  const ag = toAgec58Csv(agec58);
  return {
    "bilan-2025.fr.html": renderBilan(input, o).content,
    "bilan-2025.en.html": renderBilan(input, { ...o, lang: "en" }).content,
    "bilan-2025.fr.md": renderBilan(input, { ...o, format: "markdown" }).content,
    "bilan-2025.en.md": renderBilan(input, { ...o, format: "markdown", lang: "en" }).content,
    "bilan-2025.json": renderBilan(input, { ...o, format: "json" }).content,
    "strategie.fr.html": renderStrategy(input, o).content,
    "strategie.en.html": renderStrategy(input, { ...o, lang: "en" }).content,
    "strategie.fr.md": renderStrategy(input, { ...o, format: "markdown" }).content,
    "strategie.json": renderStrategy(input, { ...o, format: "json" }).content,
    "indicateurs.csv": od.csv,
    "indicateurs.resource.json": JSON.stringify(od.resource, null, 2) + "\n",
    "agec58.csv": ag.csv,
    "agec58.resource.json": JSON.stringify(ag.resource, null, 2) + "\n",
  };
}

describe("golden files: val-de-fictive", () => {
  const produced = outputs();
  for (const [name, text] of Object.entries(produced)) {
    it(`${name} matches the golden file`, () => golden(FIXTURE, name, text));
  }

  it("same inputs and generation date give byte-identical outputs", () => {
    expect(outputs()).toEqual(produced);
  });

  it("a different generation date changes only the provenance", () => {
    const input = loadFixture();
    const a = renderBilan(input, { generatedAt: "2026-02-02", format: "json" });
    const b = renderBilan(input, { generatedAt: "2026-02-03", format: "json" });
    expect(a.content).not.toBe(b.content);
    expect(a.provenance.inputHash).toBe(b.provenance.inputHash);
  });

  it("changing one input value changes the input hash", () => {
    const input = loadFixture();
    const a = renderBilan(input, { generatedAt: GENERATED_AT });
    const b = renderBilan(
      { ...input, collectivite: { ...input.collectivite, nom: input.collectivite.nom + "." } },
      { generatedAt: GENERATED_AT },
    );
    expect(a.provenance.inputHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.provenance.inputHash).not.toBe(a.provenance.inputHash);
  });
});
