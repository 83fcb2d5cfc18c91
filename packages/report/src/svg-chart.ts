import { Decimal } from "decimal.js";
import { toDecimal, type DecimalInput, type Lang } from "@nrs/core";
import { formatNumber } from "./format-number.js";
import { qty } from "./published-number.js";
import { html, type SafeHtml } from "./html.js";
import { PALETTE } from "./styles.js";
import { colon, semicolon } from "./punctuation.js";
import type { ChartData } from "./chart-data.js";

/** A chart: the inline SVG, its visible caption and its text alternative (the SVG's accessible name). */
export interface Chart {
  readonly svg: SafeHtml;
  /** Short visible caption (what is drawn, unit and scale), written above the chart. */
  readonly caption: string;
  readonly alt: string;
  /** The figures drawn, for the formats that draw natively (DOCX) or write a table (Markdown). */
  readonly data: ChartData;
}

/** What {@link seriesChart} draws. */
export interface SeriesChartInput {
  /** What the chart shows (indicator label); starts the text alternative. */
  readonly title: string;
  readonly unit: string;
  readonly serie: readonly { readonly annee: number; readonly valeur: DecimalInput }[];
  readonly trajectoire?: readonly { readonly annee: number; readonly valeur: DecimalInput }[] | undefined;
  readonly cible?: { readonly annee: number; readonly valeur: DecimalInput } | undefined;
  /** Sentence appended to the text alternative (e.g. the trajectory status). */
  readonly note?: string | undefined;
}

const W = 320;
const H = 128;
const X0 = 44;
const X1 = 304;
const Y0 = 100;
const Y1 = 12;
const r1 = (n: number) => (Math.round(n * 10) / 10).toString();

const WORDS = {
  fr: { target: "cible", trajectory: "trajectoire", none: "aucune valeur" },
  en: { target: "target", trajectory: "trajectory", none: "no value" },
} as const;

/**
 * Draws an indicator's yearly series (solid line with dots), its trajectory (dashed) and its target
 * (a cross) as a small inline SVG with `role="img"` and an `aria-label` holding the full text alternative
 * (every value, the target and the note), so nothing is conveyed by the drawing alone; `caption` is the
 * visible label with unit, scale and legend. Seven elements whatever the number of years (no `<title>`:
 * the accessible name is the `aria-label`), to keep the document's DOM small.
 *
 * @example
 * ```ts
 * import { seriesChart } from "@nrs/report";
 * const c = seriesChart({ title: "Part de réemploi", unit: "%", serie: [{ annee: 2023, valeur: 20 }, { annee: 2024, valeur: 28 }],
 *   cible: { annee: 2026, valeur: 50 } }, "fr");
 * if (!c.svg.value.startsWith("<svg")) throw new Error("no svg");
 * console.log(c.alt);
 * ```
 */
export function seriesChart(input: SeriesChartInput, lang: Lang): Chart {
  const w = WORDS[lang];
  const serie = [...input.serie].map((p) => ({ annee: p.annee, v: toDecimal(p.valeur) })).sort((a, b) => a.annee - b.annee);
  const traj = [...(input.trajectoire ?? [])].map((p) => ({ annee: p.annee, v: toDecimal(p.valeur) })).sort((a, b) => a.annee - b.annee);
  const cible = input.cible ? { annee: input.cible.annee, v: toDecimal(input.cible.valeur) } : undefined;
  const all = [...serie, ...traj, ...(cible ? [cible] : [])];
  const fmt = (v: Decimal) => qty(v, input.unit, lang);
  const parts = serie.length > 0 ? serie.map((p) => `${p.annee}${colon(lang)}${fmt(p.v)}`).join(semicolon(lang)) : w.none;
  const alt =
    `${input.title}${colon(lang)}${parts}` +
    (cible ? `${semicolon(lang)}${w.target} ${cible.annee}${colon(lang)}${fmt(cible.v)}` : "") +
    (input.note ? `. ${input.note}` : "") +
    ".";
  const years = all.map((p) => p.annee);
  const minY = years.length ? Math.min(...years) : 0;
  const maxY = years.length ? Math.max(...years) : 1;
  const maxV = all.reduce((m, p) => Decimal.max(m, p.v), new Decimal(0));
  const minV = all.reduce((m, p) => Decimal.min(m, p.v), new Decimal(0));
  const span = maxV.minus(minV).isZero() ? new Decimal(1) : maxV.minus(minV);
  const x = (annee: number) => (maxY === minY ? (X0 + X1) / 2 : X0 + ((annee - minY) / (maxY - minY)) * (X1 - X0));
  const y = (v: Decimal) => Y0 - v.minus(minV).dividedBy(span).toNumber() * (Y0 - Y1);
  const pt = (p: { annee: number; v: Decimal }) => `${r1(x(p.annee))} ${r1(y(p.v))}`;
  const line = (pts: readonly { annee: number; v: Decimal }[]) => (pts.length ? "M" + pts.map(pt).join("L") : "");
  const dots = serie.map((p) => `M${pt(p)}h0`).join("");
  const cross = cible ? `M${r1(x(cible.annee) - 5)} ${r1(y(cible.v) - 5)}l10 10m0-10l-10 10` : "";
  const svg = html`<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${alt}"><path d="M${X0} ${Y1}V${Y0}H${X1}" fill="none" stroke="${PALETTE.rule}"/>${
    traj.length ? html`<path d="${line(traj)}" fill="none" stroke="${PALETTE.trajectory}" stroke-dasharray="4 3"/>` : ""
  }${serie.length ? html`<path d="${line(serie)}${dots}" fill="none" stroke="${PALETTE.series}" stroke-width="2.5" stroke-linecap="round"/>` : ""}${
    cible ? html`<path d="${cross}" stroke="${PALETTE.target}" stroke-width="2"/>` : ""
  }<text x="${X0}" y="${H - 12}" font-size="10" fill="${PALETTE.muted}">${years.length ? (maxY !== minY ? `${minY} → ${maxY}` : String(minY)) : ""}</text></svg>`;
  const scale =
    lang === "fr"
      ? `échelle de ${formatNumber(minV, lang)} à ${formatNumber(maxV, lang)}`
      : `scale ${formatNumber(minV, lang)} to ${formatNumber(maxV, lang)}`;
  const legend =
    lang === "fr" ? "trait plein : valeurs, tirets : trajectoire, croix : cible" : "solid: values, dashed: trajectory, cross: target";
  const allYears = [...new Set([...serie, ...traj].map((p) => p.annee))].sort((a, b) => a - b);
  const at = (pts: readonly { annee: number; v: Decimal }[], y: number) => pts.find((p) => p.annee === y)?.v;
  const data: ChartData = {
    kind: "line",
    title: input.title,
    unit: input.unit,
    categories: allYears.map(String),
    series: [
      { name: lang === "fr" ? "valeurs" : "values", values: allYears.map((y) => at(serie, y)?.toNumber() ?? null), color: PALETTE.series },
      ...(traj.length
        ? [{ name: w.trajectory, values: allYears.map((y) => at(traj, y)?.toNumber() ?? null), color: PALETTE.trajectory }]
        : []),
    ],
    labels: allYears.map((y) => [at(serie, y), ...(traj.length ? [at(traj, y)] : [])].map((v) => (v ? fmt(v) : "—"))),
  };
  return { svg, caption: `${input.title} (${input.unit}, ${scale}${semicolon(lang)}${legend})`, alt, data };
}

/** What {@link barChart} draws. */
export interface BarChartInput {
  readonly title: string;
  readonly unit: string;
  readonly bars: readonly { readonly label: string; readonly valeur: DecimalInput }[];
}

/**
 * Draws horizontal bars (a footprint breakdown, say) as an inline SVG: each bar carries its label and
 * value as text, and the `aria-label` lists them all, so the chart needs no colour to be read.
 *
 * @example
 * ```ts
 * import { barChart } from "@nrs/report";
 * const c = barChart({ title: "Empreinte par catégorie", unit: "kgCO2e", bars: [{ label: "Postes", valeur: 1200 }, { label: "Réseau", valeur: 300 }] }, "fr");
 * console.log(c.alt);
 * ```
 */
export function barChart(input: BarChartInput, lang: Lang): Chart {
  const bars = input.bars.map((b) => ({ label: b.label, v: toDecimal(b.valeur) }));
  const max = bars.reduce((m, b) => Decimal.max(m, b.v), new Decimal(0));
  const alt = `${input.title}${colon(lang)}${bars.map((b) => `${b.label} ${qty(b.v, input.unit, lang)}`).join(semicolon(lang))}.`;
  const rowH = 30;
  const h = bars.length * rowH + 4;
  const svg = html`<svg viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-label="${alt}">${bars.map((b, i) => {
    const len = max.isZero() ? 0 : b.v.dividedBy(max).toNumber() * (W - 4);
    const top = i * rowH;
    return html`<text x="0" y="${top + 11}" font-size="11" fill="${PALETTE.text}">${b.label} – ${qty(b.v, input.unit, lang)}</text><rect x="0" y="${top + 15}" width="${r1(Math.max(len, 1))}" height="10" fill="${PALETTE.accent}"/>`;
  })}</svg>`;
  const data: ChartData = {
    kind: "bar",
    title: input.title,
    unit: input.unit,
    categories: bars.map((b) => b.label),
    series: [{ name: input.title, values: bars.map((b) => b.v.toNumber()), color: PALETTE.accent }],
    labels: bars.map((b) => [qty(b.v, input.unit, lang)]),
  };
  return { svg, caption: `${input.title} (${input.unit})`, alt, data };
}
