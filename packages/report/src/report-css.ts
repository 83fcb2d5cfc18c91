import { PALETTE } from "./styles.js";

// Kept short on purpose: the CSS weighs on the document's own EcoIndex. System fonts only (no request).
// Tables never break a word: cells wrap at spaces only (`overflow-wrap:normal`), and the writer offers
// break points inside long identifiers and URLs (<wbr>), so a column is as wide as its longest word and
// the page never widens. Running text may break an over-long token anywhere (it never needs to for a
// word). Print: A4, page numbers in the margin, a page break before each major section, table headers
// repeated on every page (thead), rows and charts never cut.
const RULES = (
  s: string,
  root: string,
) => `${root}{color:${PALETTE.text};background:${PALETTE.background};font:1rem/1.5 system-ui,sans-serif;overflow-wrap:anywhere}
${s}h1{font-size:1.7rem;margin:0}${s}h2{font-size:1.35rem;margin-top:2rem;border-bottom:2px solid ${PALETTE.accent}}${s}h3{font-size:1.1rem}
${s}table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.9rem;overflow-wrap:normal}
${s}caption{text-align:left;font-weight:600;padding:.25rem 0}
${s}th,${s}td{border:1px solid ${PALETTE.rule};padding:.25rem .4rem;text-align:left;vertical-align:top;hyphens:manual}
${s}th[scope=col]{background:#eef2f8}${s}.n{text-align:right}
${s}svg{display:block;width:100%;height:auto;margin:.5rem 0 1rem}
${s}ul.kv{list-style:none;padding:0}${s}ul.kv li{margin:.2rem 0}
${s}.k{color:${PALETTE.muted};font-size:.9rem;margin-bottom:0}
@media print{${root}{max-width:none;padding:0;font-size:9.5pt}${s}h2{break-after:avoid;margin-top:0}${s}.pb{break-before:page}
${s}svg,${s}tr,${s}li{break-inside:avoid}${s}h3,${s}caption,${s}.k{break-after:avoid}${s}svg{max-height:60vh}}`;

/** The stylesheet of a whole document. */
export const REPORT_CSS = `:root{color-scheme:light}
body{margin:0 auto;max-width:52rem;padding:1rem}
${RULES("", "body")}
@page{size:A4;margin:14mm 14mm 16mm;@bottom-right{content:counter(page) " / " counter(pages);font:8pt system-ui,sans-serif;color:${PALETTE.muted}}}`;

/** The stylesheet of a fragment: every rule scoped to the fragment's `div.nrs-report`, nothing global. */
export const FRAGMENT_CSS = RULES(".nrs-report ", ".nrs-report");
