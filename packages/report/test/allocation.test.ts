import { describe, expect, it } from "vitest";
import { renderBilan, type SharedFootprintSplit, type SharedIndicatorSplit } from "../src/index.js";
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

const indicatorSplit: SharedIndicatorSplit = {
  service: "DSI mutualisée",
  cle: { fr: "au prorata des agents (ETP)", en: "in proportion to agents (FTE)" },
  entites: [
    { nom: "Agglomération", cle: "1184.6" },
    { nom: "CCAS", cle: "48" },
  ],
  lignes: [
    { indicateur: { fr: "Agents formés", en: "Trained agents" }, unite: "agents", total: "37", parts: ["35.5591432744", "1.4408567256"] },
    { indicateur: "Poids des DEEE", unite: "kg", total: "12", parts: ["12", undefined] },
  ],
};

describe("the bilan says how a shared service's indicators were split", () => {
  it("renders one table per service under the indicators, with the key of each entity, in French and English", () => {
    const input = { ...loadFixture(), repartitionsIndicateurs: [indicatorSplit] };
    const fr = renderBilan(input, { format: "markdown", lang: "fr", generatedAt: GENERATED_AT }).content;
    expect(fr).toMatch(
      /\*\*DSI mutualisée\u00A0: indicateurs répartis au prorata des agents \(ETP\) \(Agglomération 1\s184,6 ; CCAS 48\)\*\*/u,
    );
    expect(fr).toContain("| Indicateur | Service | Agglomération | CCAS |");
    expect(fr).toMatch(/\| Agents formés \(agents\) \| 37 \| 35,56 \| 1,44 \|/);
    expect(fr).toMatch(/\| Poids des DEEE \(kg\) \| 12 \| 12 \| — \|/);
    const en = renderBilan(input, { format: "markdown", lang: "en", generatedAt: GENERATED_AT }).content;
    expect(en).toContain("DSI mutualisée: indicators split in proportion to agents (FTE) (Agglomération 1,184.6; CCAS 48)");
    expect(en).toContain("| Trained agents (agents) |");
    const html = renderBilan(input, { format: "html", lang: "fr", generatedAt: GENERATED_AT }).content;
    expect(html).toContain("indicateurs répartis au prorata des agents (ETP)");
    // Without splits, no such table.
    expect(renderBilan(loadFixture(), { format: "markdown", lang: "fr", generatedAt: GENERATED_AT }).content).not.toContain(
      "indicateurs répartis",
    );
  });
});
