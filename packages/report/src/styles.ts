/**
 * Colours of the documents, each chosen for a contrast ratio of at least 4.5:1 (WCAG 2.x AA, normal
 * text) against the white page, so they stay readable as text and as chart strokes; the tests check it.
 *
 * @example
 * ```ts
 * import { PALETTE, contrastRatio } from "@nrs/report";
 * console.log(contrastRatio(PALETTE.text, PALETTE.background) >= 4.5); // true
 * ```
 */
export const PALETTE = {
  background: "#ffffff",
  text: "#1b1b1b",
  muted: "#4f4f4f",
  accent: "#1d4f91",
  series: "#1d4f91",
  target: "#a1320b",
  trajectory: "#5a5a5a",
  good: "#1e6b31",
  bad: "#a1320b",
  rule: "#6b6b6b",
} as const;

function luminance(hex: string): number {
  const n = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!n) throw new TypeError(`not a #rrggbb colour: ${hex}`);
  const v = parseInt(n[1]!, 16);
  const ch = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
}

/**
 * WCAG 2.x contrast ratio of two `#rrggbb` colours, from 1 to 21.
 *
 * @example
 * ```ts
 * import { contrastRatio } from "@nrs/report";
 * console.log(contrastRatio("#000000", "#ffffff")); // 21
 * ```
 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Kept short on purpose: the CSS weighs on the document's own EcoIndex. System fonts only (no request).
export const REPORT_CSS = `:root{color-scheme:light}
body{margin:0 auto;max-width:52rem;padding:1rem;font:1rem/1.5 system-ui,sans-serif;color:${PALETTE.text};background:${PALETTE.background}}
h1{font-size:1.7rem;margin:0}h2{font-size:1.35rem;margin-top:2rem;border-bottom:2px solid ${PALETTE.accent}}h3{font-size:1.1rem}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid ${PALETTE.rule};padding:.25rem .4rem;text-align:left;vertical-align:top}
tr:first-child th{background:#eef2f8}.n{text-align:right;white-space:nowrap}
svg{display:block;max-width:100%;height:auto;margin:.5rem 0}
ul.kv{list-style:none;padding:0}
.k{color:${PALETTE.muted};font-size:.9rem}
@media print{@page{size:A4;margin:15mm}body{max-width:none;padding:0;font-size:10pt}h2{break-after:avoid}
svg,ul,tr{break-inside:avoid}}`;
