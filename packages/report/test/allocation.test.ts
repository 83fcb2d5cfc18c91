import { describe, expect, it } from "vitest";
import { renderBilan, type SharedFootprintSplit } from "../src/index.js";
import { GENERATED_AT, loadFixture } from "./support/fixture.js";

const split: SharedFootprintSplit = {
  service: "DSI mutualisée",
  cle: { fr: "selon des parts fixées", en: "by set shares" },
  unit: "kgCO2e",
  total: "2712.5",
  parts: [
    { entite: "Ville-centre", cle: "0.25", part: "678.125" },
    { entite: "Agglomération", cle: "0.7", part: "1898.75" },
    { entite: "CCAS", cle: "0.05", part: "135.625" },
  ],
};

describe("the bilan says how a shared figure was split", () => {
  it("renders one table per shared service under the footprint, in French and English", () => {
    const input = loadFixture();
    const withSplit = { ...input, empreinte: { ...input.empreinte!, repartitions: [split] } };
    const fr = renderBilan(withSplit, { format: "markdown", lang: "fr", generatedAt: GENERATED_AT }).content;
    expect(fr).toContain("#### Services partagés");
    expect(fr).toMatch(/\*\*DSI mutualisée\u00A0: 2\s712,5 kgCO2e répartis selon des parts fixées\*\*/u);
    expect(fr).toMatch(/\| CCAS \| 0,05 \| 5 \| 135,63 \|/);
    const en = renderBilan(withSplit, { format: "markdown", lang: "en", generatedAt: GENERATED_AT }).content;
    expect(en).toContain("DSI mutualisée: 2,712.5 kgCO2e split by set shares");
    // (the Markdown writer escapes the points of numbers in cells)
    expect(en).toContain("| Ville-centre | 0\\.25 | 25 | 678\\.13 |");
    // Without splits, no such section.
    expect(renderBilan(input, { format: "markdown", lang: "fr", generatedAt: GENERATED_AT }).content).not.toContain("Services partagés");
  });
});
