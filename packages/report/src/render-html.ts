import type { Lang } from "@nrs/core";
import type { Block, ReportDocument, Section } from "./document.js";
import { colon } from "./punctuation.js";
import { html, SafeHtml } from "./html.js";
import { REPORT_CSS } from "./report-css.js";

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
      // browser's DOM); no thead, so the header row costs no extra element (th scope="col" marks it).
      const cls = (numeric: boolean | undefined) => (numeric ? new SafeHtml(' class="n"') : "");
      return html`<table><caption>${b.caption}</caption><tbody><tr>${b.columns.map(
        (c) => html`<th scope="col"${cls(c.numeric)}>${c.label}</th>`,
      )}</tr>${b.rows.map(
        (r) =>
          html`<tr><th scope="row">${r.header}</th>${r.cells.map((c, i) => html`<td${cls(b.columns[i + 1]?.numeric)}>${c}</td>`)}</tr>`,
      )}</tbody></table>`;
    }
  }
}

function section(s: Section, level: number, lang: Lang): SafeHtml {
  const h = new SafeHtml(`h${Math.min(level, 6)}`);
  // No <section> wrappers: the heading outline already gives the structure, and every element weighs
  // on the document's own EcoIndex.
  return html`<${h} id="${s.id}">${s.title}</${h}>\n${s.blocks.map((b) => [block(b, lang), "\n"])}${(s.sections ?? []).map((c) => section(c, level + 1, lang))}`;
}

/** Writes the document as one self-contained HTML file: inline CSS and SVG, no script, no external URL. */
export function writeHtml(doc: ReportDocument): string {
  return (
    "<!DOCTYPE html>\n" +
    html`<html lang="${doc.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,"><title>${doc.title} – ${doc.subtitle}</title><style>${new SafeHtml(REPORT_CSS)}</style></head>
<body><main><h1>${doc.title}</h1><p class="k">${doc.subtitle}</p>
${doc.sections.map((s) => section(s, 2, doc.lang))}</main></body></html>
`.value
  );
}
