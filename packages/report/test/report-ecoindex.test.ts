import { ecoIndex } from "@nrs/footprint";
import { describe, expect, it } from "vitest";
import { measureHtmlEcoIndex, renderBilan, renderStrategy } from "../src/index.js";
import { parseHtml, walk } from "./support/a11y.js";
import { GENERATED_AT, loadFixture } from "./support/fixture.js";

describe("the document's own EcoIndex", () => {
  const input = loadFixture();
  for (const lang of ["fr", "en"] as const) {
    it(`bilan (${lang}): grade A, and the figures it states are those of the final bytes`, () => {
      const out = renderBilan(input, { generatedAt: GENERATED_AT, lang });
      const again = measureHtmlEcoIndex(out.content);
      expect(out.ecoIndex?.dom).toBe(again.dom);
      expect(out.ecoIndex?.sizeKb.equals(again.sizeKb)).toBe(true);
      expect(again.sizeKb.times(1024).toNumber()).toBe(Buffer.byteLength(out.content, "utf8"));
      expect(again.result.grade).toBe("A");
      expect(again.result.score.equals(ecoIndex({ dom: again.dom, requests: 1, sizeKb: again.sizeKb }).score)).toBe(true);
      const stated =
        lang === "fr"
          ? `EcoIndex de ce document\u00A0: ${again.result.score.toString()}/100, note ${again.result.grade}`
          : `EcoIndex of this document: ${again.result.score.toString()}/100, grade ${again.result.grade}`;
      expect(out.content).toContain(stated);
    });
  }

  it("the start-tag count equals the element count of an HTML5 parser", () => {
    for (const out of [renderBilan(input, { generatedAt: GENERATED_AT }), renderStrategy(input, { generatedAt: GENERATED_AT })]) {
      let n = 0;
      walk(parseHtml(out.content), () => n++);
      expect(out.ecoIndex?.dom).toBe(n);
    }
  });
});
