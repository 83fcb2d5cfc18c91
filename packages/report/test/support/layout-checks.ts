// What the browser tests measure in a rendered bilan, evaluated in the page (a string: the test
// tsconfig has no DOM library). For every table cell, each word of at most 14 characters (words split
// at spaces, hyphens and slashes, where a line may legitimately break) must sit on one line: its
// Range has client rectangles on one line only. For every chart, the number of its text labels that
// hold a figure. The visible text and the charts' text alternatives, to look for English words.
export const LAYOUT_CHECKS = String.raw`(() => {
  const root = document.querySelector("main") ?? document.body;
  const broken = [];
  for (const cell of root.querySelectorAll("td, th")) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const re = /[^\s\-\u2010-\u2014\/]+/g;
      let m;
      while ((m = re.exec(n.data))) {
        if (m[0].length > 14) continue;
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const tops = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
  }
  const charts = [...root.querySelectorAll("svg")].map((s) => ({
    name: s.getAttribute("aria-label") ?? "",
    valueLabels: [...s.querySelectorAll("text")].filter((t) => /\d/.test(t.textContent ?? "")).length,
  }));
  const headings = [...root.querySelectorAll("h2")].map((h) => h.id);
  return {
    headings,
    broken,
    charts,
    text: root.innerText + "\n" + charts.map((c) => c.name).join("\n"),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
})()`;

/** What {@link LAYOUT_CHECKS} returns. */
export interface LayoutReport {
  readonly headings: string[];
  readonly broken: string[];
  readonly charts: { name: string; valueLabels: number }[];
  readonly text: string;
  readonly overflow: number;
}

// English words that have no business in the French bilan (none is also a French word; « open data »
// is current French administrative usage, so "data" is not listed).
const ENGLISH = new Set(
  "the of and not stated unit units day days year years file files with from reported edition origin unconfirmed values records review target targets trajectory scale solid dashed none status value baseline expected behind track reached share way factor factors quoted encoded secondary".split(
    " ",
  ),
);

/**
 * The English words of a text (lower-cased, once each). Codes and identifiers (NRS_AGEC58_BELOW_SHARE,
 * nrs-factors, a path or a URL: anything with _ - . / @ # or a digit, or in capitals) are not words.
 */
export function englishWords(text: string): string[] {
  const tokens = text.split(/[\s()[\]«»"“”'’,;:!?]+/u).filter((t) => t !== "" && !/[_\-./@#\d]/.test(t) && t !== t.toUpperCase());
  return [
    ...new Set(
      tokens
        .flatMap((t) => t.match(/\p{L}+/gu) ?? [])
        .map((w) => w.toLowerCase())
        .filter((w) => ENGLISH.has(w)),
    ),
  ];
}

/** The number of pages of a PDF Chromium printed (its page objects). */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
