import { PALETTE } from "./styles.js";

// Kept short on purpose: the CSS weighs on the document's own EcoIndex. System fonts only (no request).
export const REPORT_CSS = `:root{color-scheme:light}
body{margin:0 auto;max-width:52rem;padding:1rem;font:1rem/1.5 system-ui,sans-serif;color:${PALETTE.text};background:${PALETTE.background}}
h1{font-size:1.7rem;margin:0}h2{font-size:1.35rem;margin-top:2rem;border-bottom:2px solid ${PALETTE.accent}}h3{font-size:1.1rem}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid ${PALETTE.rule};padding:.25rem .4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
tr:first-child th{background:#eef2f8}.n{text-align:right;white-space:nowrap}
svg{display:block;max-width:100%;height:auto;margin:.5rem 0}
ul.kv{list-style:none;padding:0}
.k{color:${PALETTE.muted};font-size:.9rem}
@media print{@page{size:A4;margin:15mm}body{max-width:none;padding:0;font-size:10pt}h2{break-after:avoid}
svg,ul,tr{break-inside:avoid}}`;
