// Getting started, the law mapped to the SDK, the guides, the format pages, the comparison method and
// the territory's footprint exist in English and in French. Each English page names its French version
// on its first line after the title, each French page its English version, and the two name each other:
// a page added, renamed or removed in one language without the other fails here. The pages of a pair
// carry the same code blocks in the same order, with the same code: only comments, the language asked of
// a function ("fr" or "en") and illustrative text blocks (a listing, a printed output, a formula) may be
// translated, so a code change made on one side only is caught. They also name the same problem codes.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./extract.js";

/** English pages that must have a French version: single pages, and folders whose every page must. */
const BILINGUAL = [
  "docs/getting-started.md",
  "docs/decree-mapping.md",
  "docs/methodology/comparison.md",
  "docs/methodology/territoire.md",
  "docs/guides",
  "docs/formats",
];
/** Where the French pages are. */
const FRENCH = "docs/fr";

const mdIn = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? mdIn(join(dir, e.name)) : e.name.endsWith(".md") ? [join(dir, e.name)] : [],
  );
const english = BILINGUAL.flatMap((p) => (p.endsWith(".md") ? [p] : mdIn(p))).sort();
const french = mdIn(FRENCH).sort();
const text = (page: string): string => readFileSync(join(root, page), "utf8");

/** The target (a path from the root) of the language link `label` on the line after the page's title. */
function languageLink(page: string, label: string): string | undefined {
  const lines = text(page).split("\n");
  const title = lines.findIndex((l) => l.startsWith("# "));
  const next = lines.slice(title + 1).find((l) => l.trim() !== "") ?? "";
  const m = new RegExp(`^_${label} ?: \\[[^\\]]+\\]\\(([^)#]+\\.md)\\)\\._$`).exec(next.trim());
  return m ? relative(root, resolve(join(root, dirname(page)), m[1] as string)) : undefined;
}

/** Languages whose blocks are code: compared without their comments. Other blocks are compared by kind. */
const CODE = new Set(["ts", "typescript", "js", "javascript", "sh", "bash", "json", "jsonc", "csv"]);

/** Each fenced code block of a Markdown text, as it must be the same in both languages. */
function codeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^ *```([^\n]*)\n([\s\S]*?)\n *```$/gm)].map((m) => {
    const info = (m[1] ?? "").trim();
    const lang = info.split(/\s+/)[0] ?? "";
    if (!CODE.has(lang)) return `${info}: (text, may be translated)`;
    const comment = lang === "sh" || lang === "bash" ? /(^|\s)#\s.*$/ : /(^|\s)\/\/\s.*$/;
    const code = (m[2] ?? "")
      .split("\n")
      .map((l) => (lang === "csv" || lang.startsWith("json") ? l : l.replace(comment, "")).replace(/"(fr|en)"/g, '"<lang>"').trimEnd())
      .filter((l) => l.trim() !== "");
    return [info, ...code].join("\n");
  });
}

describe("English and French pages come in pairs", () => {
  it("finds the pages", () => {
    expect(english.length).toBeGreaterThan(5);
    expect(french.length).toBe(english.length);
  });

  for (const en of english) {
    it(`${en} names its French version, which names it back`, () => {
      const fr = languageLink(en, "Version française");
      expect(fr, `${en}: no "_Version française : [titre](….md)._" line under the title`).toBeDefined();
      expect(existsSync(join(root, fr as string)), `${en} → ${fr}: no such page`).toBe(true);
      expect(fr?.startsWith(`${FRENCH}/`), `${fr} is not under ${FRENCH}/`).toBe(true);
      expect(languageLink(fr as string, "English version"), `${fr} does not link back to ${en}`).toBe(en);
    });
  }

  for (const fr of french) {
    it(`${fr} is the French version of exactly one English page`, () => {
      const en = languageLink(fr, "English version");
      expect(en, `${fr}: no "_English version: [title](….md)._" line under the title`).toBeDefined();
      expect(english.filter((p) => languageLink(p, "Version française") === fr)).toEqual([en]);
    });
  }

  const codes = (page: string): string[] => [...new Set(text(page).match(/NRS_[A-Z0-9_]*[A-Z0-9]/g) ?? [])].sort();
  for (const en of english) {
    const fr = languageLink(en, "Version française");
    if (!fr || !existsSync(join(root, fr))) continue;
    it(`${en} and ${fr} carry the same code blocks and name the same problem codes`, () => {
      expect(codeBlocks(text(fr))).toEqual(codeBlocks(text(en)));
      expect(codes(fr)).toEqual(codes(en));
    });
  }
});
