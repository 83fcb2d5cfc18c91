import { Decimal } from "decimal.js";
import { toDecimal, type DecimalInput, type Lang } from "@nrs/core";
import type { Chart } from "./svg-chart.js";
import type { ChartData } from "./chart-data.js";
import { fitLabel, niceTicks, r1 } from "./chart-geometry.js";
import { formatNumber } from "./format-number.js";
import { html } from "./html.js";
import { qty } from "./published-number.js";
import { PALETTE } from "./styles.js";
import { colon, semicolon } from "./punctuation.js";

/** What {@link stackedBarChart} draws: one bar per row, split into parts (lifecycle stages, say). */
export interface StackedBarChartInput {
  readonly title: string;
  readonly unit: string;
  /** The parts every bar is split into, in drawing order (legend). */
  readonly parts: readonly string[];
  /** One bar per row; `valeurs[i]` is the value of `parts[i]` (absent: none). */
  readonly rows: readonly { readonly label: string; readonly valeurs: readonly (DecimalInput | undefined)[] }[];
}

const W = 760;
const X0 = 4;
const X1 = 740;
const ROW = 36;
const TOP = 30;

/**
 * Draws horizontal stacked bars (the footprint of each device family split by lifecycle stage, say): a
 * legend, each bar's label with its total as text, and a value axis with round ticks in the document's
 * number format. Parts of one colour are one path, so the element count does not grow with the rows.
 *
 * @example
 * ```ts
 * import { stackedBarChart } from "@nrs/report";
 * const c = stackedBarChart({ title: "Empreinte", unit: "kgCO2e", parts: ["Fabrication", "Utilisation"],
 *   rows: [{ label: "Postes", valeurs: [1200, 300] }, { label: "Écrans", valeurs: [400, 50] }] }, "fr");
 * // The labels use narrow no-break spaces.
 * console.log(c.data.labels[0]); // [ '1 200 kgCO2e', '300 kgCO2e' ]
 * ```
 */
export function stackedBarChart(input: StackedBarChartInput, lang: Lang): Chart {
  const rows = input.rows.map((r) => {
    const parts = input.parts.map((_, i) => (r.valeurs[i] === undefined ? undefined : toDecimal(r.valeurs[i]!)));
    return { label: r.label, parts, total: parts.reduce<Decimal>((s, v) => (v ? s.plus(v) : s), new Decimal(0)) };
  });
  const max = rows.reduce((m, r) => Decimal.max(m, r.total), new Decimal(0));
  const ticks = niceTicks(max);
  const top = ticks.at(-1)!;
  const x = (v: Decimal) => X0 + v.dividedBy(top).toNumber() * (X1 - X0);
  const bottom = TOP + rows.length * ROW;
  const h = bottom + 18;
  const paths = input.parts.map(() => "");
  rows.forEach((r, i) => {
    let at = new Decimal(0);
    const y = TOP + i * ROW + 17;
    r.parts.forEach((v, k) => {
      if (!v || v.isZero()) return;
      const from = x(at);
      at = at.plus(v);
      paths[k] += `M${r1(from)} ${y}H${r1(x(at))}v12H${r1(from)}z`;
    });
  });
  // Legend: a square per part, in the part's own path.
  const step = Math.floor((W - X0) / Math.max(1, input.parts.length));
  input.parts.forEach((_, k) => (paths[k] += `M${X0 + k * step} 2h10v10h-10z`));
  const grid = ticks.map((t) => `M${r1(x(t))} ${TOP}V${bottom}`).join("");
  const colours = [PALETTE.accent, PALETTE.target, PALETTE.good, PALETTE.muted, PALETTE.trajectory];
  const alt =
    `${input.title} (${input.unit})${colon(lang)}` +
    rows
      .map(
        (r) =>
          `${r.label} ${qty(r.total, input.unit, lang)} (` +
          input.parts
            .map((p, k) => (r.parts[k] ? `${p} ${qty(r.parts[k]!, input.unit, lang)}` : undefined))
            .filter(Boolean)
            .join(", ") +
          ")",
      )
      .join(semicolon(lang)) +
    ".";
  const svg = html`<svg viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-label="${alt}"><path d="${grid}" stroke="#d0d0d0"/>${paths.map(
    (d, k) => html`<path d="${d}" fill="${colours[k % colours.length]}" stroke="#fff" stroke-width=".5"/>`,
  )}${input.parts.map((p, k) => html`<text x="${X0 + k * step + 14}" y="11" font-size="12" fill="${PALETTE.text}">${fitLabel(p, Math.floor(step / 6.5))}</text>`)}${rows.map(
    (r, i) =>
      html`<text x="${X0}" y="${TOP + i * ROW + 12}" font-size="13" fill="${PALETTE.text}">${fitLabel(r.label, 70)} – ${qty(r.total, input.unit, lang)}</text>`,
  )}${ticks.map(
    (t, i) =>
      html`<text x="${r1(x(t))}" y="${bottom + 14}" font-size="11" fill="${PALETTE.muted}" text-anchor="${i === 0 ? "start" : i === ticks.length - 1 ? "end" : "middle"}">${formatNumber(t, lang, { maxDecimals: 2 })}</text>`,
  )}</svg>`;
  const data: ChartData = {
    kind: "stacked-bar",
    title: input.title,
    unit: input.unit,
    categories: rows.map((r) => r.label),
    series: input.parts.map((p, k) => ({
      name: p,
      values: rows.map((r) => r.parts[k]?.toNumber() ?? null),
      color: colours[k % colours.length]!,
    })),
    labels: rows.map((r) => r.parts.map((v) => (v ? qty(v, input.unit, lang) : "—"))),
    notes: rows.map((r) => qty(r.total, input.unit, lang)),
    notesLabel: "Total",
  };
  return { svg, caption: `${input.title} (${input.unit})`, alt, data };
}
