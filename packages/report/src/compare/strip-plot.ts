import { Decimal } from "decimal.js";
import type { Lang } from "@nrs/core";
import type { Quartiles } from "@nrs/indicators";
import { html } from "../html.js";
import { qty } from "../published-number.js";
import { colon, semicolon } from "../punctuation.js";
import { PALETTE } from "../styles.js";
import type { Chart } from "../svg-chart.js";
import type { ChartData } from "../chart-data.js";

/** What {@link stripPlot} draws. @internal */
export interface StripPlotInput {
  readonly title: string;
  readonly unit: string;
  readonly points: readonly { readonly label: string; readonly value: Decimal; readonly highlight?: boolean }[];
  readonly stats?: Quartiles | undefined;
}

const W = 480;
const X0 = 12;
const X1 = 468;
const ROW = 18;
const TOP = 30;
const r1 = (n: number) => (Math.round(n * 10) / 10).toString();

/**
 * A box-and-strip plot of one indicator across collectivités: the interquartile box with the median
 * line on an axis from the smallest to the largest value (both labelled, with the median's value),
 * then one row per collectivité with its dot, its name and its value written out, so the chart reads
 * without colour and in print; the `aria-label` lists every value. Scriptless inline SVG. @internal
 */
export function stripPlot(input: StripPlotInput, lang: Lang): Chart {
  const values = input.points.map((p) => p.value);
  const min = Decimal.min(...values);
  const max = Decimal.max(...values);
  const span = max.minus(min);
  const x = (v: Decimal): number => (span.isZero() ? (X0 + X1) / 2 : X0 + v.minus(min).div(span).toNumber() * (X1 - X0));
  const h = TOP + input.points.length * ROW + 6;
  const s = input.stats;
  const medianWord = lang === "fr" ? "médiane" : "median";
  const alt =
    `${input.title}${colon(lang)}${input.points.map((p) => `${p.label} ${qty(p.value, input.unit, lang)}`).join(semicolon(lang))}` +
    (s === undefined
      ? "."
      : `${semicolon(lang)}${medianWord} ${qty(s.median, input.unit, lang)}, Q1 ${qty(s.q1, input.unit, lang)}, Q3 ${qty(s.q3, input.unit, lang)}.`);
  const box =
    s === undefined
      ? ""
      : html`<rect x="${r1(x(s.q1))}" y="14" width="${r1(Math.max(x(s.q3) - x(s.q1), 1))}" height="10" fill="${PALETTE.background}" stroke="${PALETTE.accent}"/><line x1="${r1(x(s.median))}" x2="${r1(x(s.median))}" y1="10" y2="28" stroke="${PALETTE.text}" stroke-width="2"/><text x="${r1(x(s.median))}" y="8" font-size="10" text-anchor="middle" fill="${PALETTE.text}">${medianWord} ${qty(s.median, input.unit, lang)}</text>`;
  const rows = input.points.map((p, i) => {
    const y = TOP + i * ROW + 12;
    const cx = x(p.value);
    const anchor = cx > (X0 + X1) / 2 ? "end" : "start";
    const tx = anchor === "end" ? cx - 7 : cx + 7;
    return html`<circle cx="${r1(cx)}" cy="${y - 4}" r="${p.highlight ? 5 : 4}" fill="${p.highlight ? PALETTE.accent : PALETTE.text}"/><text x="${r1(tx)}" y="${y}" font-size="11" text-anchor="${anchor}" fill="${PALETTE.text}">${p.label} – ${qty(p.value, input.unit, lang)}</text>`;
  });
  const svg = html`<svg viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-label="${alt}"><line x1="${X0}" x2="${X1}" y1="19" y2="19" stroke="${PALETTE.rule}"/>${box}${rows}</svg>`;
  const caption = `${input.title} (${input.unit}) — min. ${qty(min, input.unit, lang)}, max. ${qty(max, input.unit, lang)}`;
  // For the formats that draw natively (DOCX) or write a table (Markdown): one bar per collectivité.
  const data: ChartData = {
    kind: "bar",
    title: input.title,
    unit: input.unit,
    categories: input.points.map((p) => p.label),
    series: [{ name: input.title, values: input.points.map((p) => p.value.toNumber()), color: PALETTE.accent }],
    labels: input.points.map((p) => [qty(p.value, input.unit, lang)]),
  };
  return { svg, caption, alt, data };
}
