import { describe, expect, it } from "vitest";
import { PALETTE, REPORT_VERSION, contrastRatio, renderBilan, renderStrategy } from "../src/index.js";
import { accessibilityViolations, parseHtml, walk, type El } from "./support/a11y.js";
import { GENERATED_AT, loadFixture } from "./support/fixture.js";

const input = loadFixture();
const cases = [
  ["bilan fr", renderBilan(input, { generatedAt: GENERATED_AT }), "fr"],
  ["bilan en", renderBilan(input, { generatedAt: GENERATED_AT, lang: "en" }), "en"],
  ["strategy fr", renderStrategy(input, { generatedAt: GENERATED_AT }), "fr"],
  ["strategy en", renderStrategy(input, { generatedAt: GENERATED_AT, lang: "en" }), "en"],
] as const;

describe("accessibility of the HTML documents", () => {
  for (const [name, out, lang] of cases) {
    it(`${name}: lang, heading order, captions, scopes, text alternatives`, () => {
      expect(accessibilityViolations(out.content, lang)).toEqual([]);
    });
    it(`${name}: no script, no external reference, print styles for A4`, () => {
      const els: El[] = [];
      walk(parseHtml(out.content), (e) => els.push(e));
      expect(els.filter((e) => ["script", "iframe", "object", "embed", "img", "base", "form"].includes(e.tagName!))).toEqual([]);
      for (const e of els)
        for (const a of e.attrs ?? []) {
          expect(a.name.startsWith("on"), `${e.tagName} ${a.name}`).toBe(false);
          if (a.name === "href" || a.name === "src") expect(a.value).toBe("data:,");
        }
      expect(out.content).toContain("@page{size:A4");
      expect(out.content).not.toMatch(/https?:\/\/[^"<\s]*"/);
    });
  }

  it("the checker itself catches each kind of violation", () => {
    const bad = `<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><h1>a</h1><h3>b</h3><table><tr><th>x</th><td>y</td></tr></table><svg></svg></body></html>`;
    const v = accessibilityViolations(bad, "fr");
    expect(v).toEqual(
      expect.arrayContaining([
        "html lang is en, expected fr",
        "heading level skips from h1 to h3",
        "table without a caption as first child",
        "th without scope: x",
        "svg without role=img",
        "svg without title or aria-label",
      ]),
    );
  });

  it("charts carry every value in their text alternative", () => {
    const out = cases[0][1].content;
    const N = "\u00A0";
    // The chart of axis 1: each indicator with last year's value, the year's, the target, the value the
    // trajectory expects and the status (the fixture's series and the strategy's targets).
    expect(out).toContain(
      `aria-label="Axe 1 – Commande publique durable${N}: Part des dépenses d&#39;achat de matériel informatique et de téléphonie issu du réemploi ou de la réutilisation${N}: 2024${N}: 11,2${N}% → 2025${N}: 17,9${N}% · cible 2025${N}: 20${N}% · attendu${N}: 20${N}% · En retard sur la trajectoire${N}; Part des marchés numériques`,
    );
  });

  it("the palette meets AA against the page", () => {
    for (const [k, c] of Object.entries(PALETTE))
      if (k !== "background") expect(contrastRatio(c, PALETTE.background)).toBeGreaterThanOrEqual(4.5);
  });

  it("the provenance names the SDK version and the input hash", () => {
    const json = JSON.parse(renderBilan(input, { generatedAt: GENERATED_AT, format: "json" }).content) as {
      provenance: { sdk: { version: string }; inputHash: string; factorPacks: unknown[]; generatedAt: string };
    };
    expect(json.provenance.sdk.version).toBe(REPORT_VERSION);
    expect(json.provenance.inputHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(json.provenance.factorPacks).toEqual([
      { id: "fr-ademe", version: "2025.1" },
      { id: "nrs-factors", version: "2025.2" },
    ]);
    expect(json.provenance.generatedAt).toBe(GENERATED_AT);
  });
});
