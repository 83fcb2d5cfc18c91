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
