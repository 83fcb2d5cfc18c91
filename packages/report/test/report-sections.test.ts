// The check behind docs/contributing.md, "Add a report section": a section is one entry of
// BILAN_SECTIONS (src/render-bilan.ts; the strategy's list is in renderStrategy), built by its own
// `compose-<section>.ts` function. Whatever sections there are, each has a unique anchor, a heading in
// both languages, and the same anchors in French and in English (a section added for one language only,
// or twice, fails here; its content is then fixed by the golden files, regenerated with REGEN=1).
import { describe, expect, it } from "vitest";
import { renderBilan, renderStrategy } from "../src/index.js";
import { GENERATED_AT, loadFixture } from "./support/fixture.js";

const headings = (html: string): { id: string; title: string }[] =>
  [...html.matchAll(/<h([2-6]) id="([^"]+)">([^<]*)<\/h\1>/g)].map((m) => ({ id: m[2] as string, title: (m[3] as string).trim() }));

describe("report sections", () => {
  const input = loadFixture();
  const docs = {
    bilan: (lang: "fr" | "en") => renderBilan(input, { generatedAt: GENERATED_AT, lang }).content,
    strategy: (lang: "fr" | "en") => renderStrategy(input, { generatedAt: GENERATED_AT, lang }).content,
  };
  for (const [name, render] of Object.entries(docs)) {
    it(`${name}: unique anchors, a heading in each language, the same anchors in French and English`, () => {
      const fr = headings(render("fr"));
      const en = headings(render("en"));
      expect(fr.length).toBeGreaterThan(3);
      expect(new Set(fr.map((h) => h.id)).size).toBe(fr.length);
      expect(en.map((h) => h.id)).toEqual(fr.map((h) => h.id));
      for (const h of [...fr, ...en]) expect(h.title, h.id).not.toBe("");
    });
  }
});
