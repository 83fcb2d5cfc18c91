import type { Lang } from "@nrs/core";
import type { Block, ReportDocument, Section } from "./document.js";
import { colon } from "./punctuation.js";
import { escapeHtml, html, SafeHtml } from "./html.js";
import { FRAGMENT_CSS, REPORT_CSS } from "./report-css.js";

// Sections after which print starts a new page: the synthesis stands alone on its page, and the bilan of
// the year and the annex start on a page of their own.
const PAGE_BEFORE = new Set(["collectivite", "bilan", "sources"]);
// Tables longer than this get a <thead>, which print repeats on every page; shorter ones keep their
// header row in the body (one element less each, and they do not cross a page).
const THEAD_ROWS = 6;

// A cell wraps at spaces only; inside a long token (an identifier, a URL, a path) it may also wrap after
// / : . _ # @ ? & = -, and every 24 characters of a longer piece, through <wbr> (no character added to
// the text, so a copied URL stays whole).
const LONG = 30;
const PIECE = 24;
function breakable(token: string): string {
  const pieces = token
    .split(/(?<=[/:._#@?&=-])/u)
    .flatMap((p) => (p.length <= PIECE ? [p] : (p.match(new RegExp(`.{1,${PIECE}}`, "gsu")) ?? [p])));
  // Pieces are joined back up to PIECE characters: a break point only where a line may need one.
  const lines: string[] = [];
  for (const p of pieces) {
    if (lines.length > 0 && lines[lines.length - 1]!.length + p.length <= PIECE) lines[lines.length - 1] += p;
    else lines.push(p);
  }
  return lines.map(escapeHtml).join("<wbr>");
}
function cellText(text: string): SafeHtml {
  return new SafeHtml(
    text
      .split(/(\s+)/)
      .map((token) => (token.length <= LONG ? escapeHtml(token) : breakable(token)))
      .join(""),
  );
}

function block(b: Block, lang: Lang): SafeHtml {
  switch (b.kind) {
    case "p":
      return html`<p>${b.text}</p>`;
    case "ul":
      return html`<ul>${b.items.map((i) => html`<li>${i}</li>`)}</ul>`;
    case "dl":
      // A list of "term: value" lines rather than <dl>: half the elements, same reading order.
      return html`<ul class="kv">${b.items.map(([t, d]) => html`<li>${t}${colon(lang)}${d}</li>`)}</ul>`;
    case "chart":
      return html`<p class="k">${b.caption}</p>${b.svg}`;
    case "table": {
      // tbody written out because the parser inserts one anyway (the element count must match the
      // browser's DOM); th scope="col" marks the header row.
      const cls = (numeric: boolean | undefined) => (numeric ? new SafeHtml(' class="n"') : "");
      const head = html`<tr>${b.columns.map((c) => html`<th scope="col"${cls(c.numeric)}>${c.label}</th>`)}</tr>`;
      const rows = b.rows.map(
        (r) =>
          html`<tr><th scope="row">${cellText(r.header)}</th>${r.cells.map((c, i) => html`<td${cls(b.columns[i + 1]?.numeric)}>${cellText(c)}</td>`)}</tr>`,
      );
      return b.rows.length > THEAD_ROWS
        ? html`<table><caption>${b.caption}</caption><thead>${head}</thead><tbody>${rows}</tbody></table>`
        : html`<table><caption>${b.caption}</caption><tbody>${head}${rows}</tbody></table>`;
    }
  }
}

function section(s: Section, level: number, lang: Lang): SafeHtml {
  const h = new SafeHtml(`h${Math.min(level, 6)}`);
  const cls = level === 2 && PAGE_BEFORE.has(s.id) ? new SafeHtml(' class="pb"') : "";
  // No <section> wrappers: the heading outline already gives the structure, and every element weighs
  // on the document's own EcoIndex. The section's id is its heading's.
  return html`<${h} id="${s.id}"${cls}>${s.title}</${h}>\n${s.blocks.map((b) => [block(b, lang), "\n"])}${(s.sections ?? []).map((c) => section(c, level + 1, lang))}`;
}

/**
 * Writes the document as one self-contained HTML file: inline CSS and SVG, no script, no external URL.
 * As a `fragment`, one `<div class="nrs-report">` with its scoped styles, to paste into a web page.
 */
export function writeHtml(doc: ReportDocument, fragment = false): string {
  const body = html`<h1>${doc.title}</h1><p class="k">${doc.subtitle}</p>
${doc.sections.map((s) => section(s, 2, doc.lang))}`;
  if (fragment) return html`<div class="nrs-report" lang="${doc.lang}"><style>${new SafeHtml(FRAGMENT_CSS)}</style>${body}</div>\n`.value;
  return (
    "<!DOCTYPE html>\n" +
    html`<html lang="${doc.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,"><title>${doc.title} – ${doc.subtitle}</title><style>${new SafeHtml(REPORT_CSS)}</style></head>
<body><main>${body}</main></body></html>
`.value
  );
}
