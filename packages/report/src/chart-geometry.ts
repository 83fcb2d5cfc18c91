import { Decimal } from "decimal.js";

// Small drawing helpers shared by the SVG charts.

/** A coordinate written with one decimal at most (the SVG stays small and byte-stable). */
export const r1 = (n: number): string => (Math.round(n * 10) / 10).toString();

/** Round tick values from 0 to at least `max`: about `count` steps of 1, 2 or 5 × 10^k. */
export function niceTicks(max: Decimal, count = 4): Decimal[] {
  if (max.lte(0)) return [new Decimal(0), new Decimal(1)];
  const raw = max.dividedBy(count);
  const power = new Decimal(10).pow(Math.floor(Math.log10(raw.toNumber())));
  const step = [1, 2, 5, 10].map((m) => power.times(m)).find((s) => s.gte(raw)) ?? power.times(10);
  const ticks: Decimal[] = [];
  for (let t = new Decimal(0); ; t = t.plus(step)) {
    ticks.push(t);
    if (t.gte(max)) break;
  }
  return ticks;
}

/** Cuts a label that would not fit on one line of a chart, at a word boundary, with an ellipsis. */
export function fitLabel(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(" ");
  return (space > maxChars / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, "") + "\u2026";
}
