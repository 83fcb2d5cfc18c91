import { toDecimal, type DecimalInput, type Lang } from "@nrs/core";
import type { TrajectoryStatus } from "@nrs/indicators";
import type { Chart } from "./svg-chart.js";
import type { ChartData } from "./chart-data.js";
import { fitLabel, r1 } from "./chart-geometry.js";
import { html } from "./html.js";
import { qty } from "./published-number.js";
import { PALETTE } from "./styles.js";
import { colon, semicolon } from "./punctuation.js";

/** One indicator of {@link statusChart}: its value of the year against its reference and its target. */
export interface StatusChartRow {
  readonly label: string;
  readonly unit: string;
  /** Value of the reference year (0 % of the way). */
  readonly reference?: { readonly annee: number; readonly valeur: DecimalInput } | undefined;
  /** Value of the year before, when the series has one. */
  readonly precedent?: { readonly annee: number; readonly valeur: DecimalInput } | undefined;
  /** Value of the year. */
  readonly valeur?: { readonly annee: number; readonly valeur: DecimalInput } | undefined;
  /** The target (100 % of the way). */
  readonly cible?: { readonly annee: number; readonly valeur: DecimalInput } | undefined;
  /** Where the trajectory expects the indicator this year. */
  readonly attendu?: DecimalInput | undefined;
  readonly statut?: TrajectoryStatus | undefined;
  /** The status in words. */
  readonly statutLibelle: string;
}

/** The legend of {@link statusChart}, written once before a run of them. */
export const STATUS_CHART_LEGEND = {
  fr: "Pour chaque indicateur, la barre montre le chemin parcouru de la valeur de référence (à gauche) à la cible (repère en I)\u00A0: verte sur la trajectoire ou cible atteinte, rouille en retard\u00A0; le trait simple marque la valeur attendue cette année par la trajectoire.",
  en: "For each indicator, the bar shows the way travelled from the baseline value (left) to the target (the I mark): green on track or reached, rust behind; the plain tick marks the value the trajectory expects this year.",
} as const;

/** What {@link statusChart} draws: the indicators of one axis of the strategy. */
export interface StatusChartInput {
  readonly title: string;
  readonly rows: readonly StatusChartRow[];
}

const W = 760;
const X0 = 4;
const X100 = 620;
const ROW = 54;
const TOP = 4;
const TRACK = r1(1.2 * (X100 - X0));
const WORDS = {
  fr: {
    target: "cible",
    expected: "attendu",
    way: "Part du chemin parcouru de la référence à la cible",
    unit: "% du chemin de la référence à la cible",
  },
  en: {
    target: "target",
    expected: "expected",
    way: "Share of the way from the baseline to the target",
    unit: "% of the way from baseline to target",
  },
} as const;

// Share of the way from the reference to the target, 0 to 1.2 on the drawing (the label gives the value).
function way(row: StatusChartRow): number | undefined {
  if (!row.reference || !row.valeur || !row.cible) return undefined;
  const ref = toDecimal(row.reference.valeur);
  const span = toDecimal(row.cible.valeur).minus(ref);
  if (span.isZero()) return 1;
  return Math.min(1.2, Math.max(0, toDecimal(row.valeur.valeur).minus(ref).dividedBy(span).toNumber()));
}

function expectedWay(row: StatusChartRow): number | undefined {
  if (!row.reference || !row.cible || row.attendu === undefined) return undefined;
  const ref = toDecimal(row.reference.valeur);
  const span = toDecimal(row.cible.valeur).minus(ref);
  return span.isZero() ? undefined : Math.min(1.2, Math.max(0, toDecimal(row.attendu).minus(ref).dividedBy(span).toNumber()));
}

/**
 * Draws the indicators of one axis as bars of the way travelled from their reference value (left) to
 * their target (the dashed line): green when on track or reached, rust when behind, with the trajectory's
 * expected point as a tick. Each bar carries its figures as text (value of the year, target, expected
 * value, status), so the chart reads without colour; `alt` lists them all.
 *
 * @example
 * ```ts
 * import { statusChart } from "@nrs/report";
 * const c = statusChart({ title: "Achats", rows: [{ label: "Réemploi", unit: "%", reference: { annee: 2023, valeur: 6.5 },
 *   valeur: { annee: 2025, valeur: 18.8 }, cible: { annee: 2025, valeur: 20 }, statut: "SUR_TRAJECTOIRE", statutLibelle: "Sur la trajectoire" }] }, "fr");
 * // 91,1 % of the way from 6,5 % to 20 %:
 * console.log(c.data.labels[0]); // [ '91,1 %' ]
 * ```
 */
export function statusChart(input: StatusChartInput, lang: Lang): Chart {
  const w = WORDS[lang];
  const h = TOP + input.rows.length * ROW;
  const text = (row: StatusChartRow): string =>
    [
      row.valeur
        ? (row.precedent ? `${row.precedent.annee}${colon(lang)}${qty(row.precedent.valeur, row.unit, lang)} → ` : "") +
          `${row.valeur.annee}${colon(lang)}${qty(row.valeur.valeur, row.unit, lang)}`
        : undefined,
      row.cible ? `${w.target} ${row.cible.annee}${colon(lang)}${qty(row.cible.valeur, row.unit, lang)}` : undefined,
      row.attendu !== undefined ? `${w.expected}${colon(lang)}${qty(row.attendu, row.unit, lang)}` : undefined,
      row.statutLibelle,
    ]
      .filter((x) => x !== undefined)
      .join(" · ");
  const bars: Record<"good" | "bad" | "none", string> = { good: "", bad: "", none: "" };
  let track = "";
  let ticks = "";
  let targets = "";
  input.rows.forEach((row, i) => {
    const y = TOP + i * ROW + 35;
    track += `M${X0} ${y}h${TRACK}v10h-${TRACK}z`;
    // The target: a tall mark with caps (I), the expected value a plain tick: one path, told by shape.
    targets += `M${X100 - 4} ${y - 6}h8M${X100} ${y - 6}v22M${X100 - 4} ${y + 16}h8`;
    const p = way(row);
    if (p !== undefined) {
      const tone = row.statut === "EN_RETARD" ? "bad" : row.statut === "ATTEINT" || row.statut === "SUR_TRAJECTOIRE" ? "good" : "none";
      bars[tone] += `M${X0} ${y}h${r1(Math.max(1, p * (X100 - X0)))}v10h-${r1(Math.max(1, p * (X100 - X0)))}z`;
    }
    const e = expectedWay(row);
    if (e !== undefined) ticks += `M${r1(X0 + e * (X100 - X0))} ${y - 3}v16`;
  });
  const alt =
    `${input.title}${colon(lang)}` + input.rows.map((r) => `${r.label}${colon(lang)}${text(r)}`).join(semicolon(lang)) + `. ${w.way}.`;
  const svg = html`<svg viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-label="${alt}"><path d="${track}" fill="#e6e6e6"/>${
    bars.good ? html`<path d="${bars.good}" fill="${PALETTE.good}"/>` : ""
  }${bars.bad ? html`<path d="${bars.bad}" fill="${PALETTE.bad}"/>` : ""}${bars.none ? html`<path d="${bars.none}" fill="${PALETTE.trajectory}"/>` : ""}<path d="${targets}${ticks}" stroke="${PALETTE.text}" stroke-width="2" fill="none"/>${input.rows.map(
    (row, i) =>
      html`<text x="${X0}" y="${TOP + i * ROW + 13}" font-size="13" font-weight="600" fill="${PALETTE.text}">${fitLabel(row.label, 100)}</text><text x="${X0}" y="${TOP + i * ROW + 29}" font-size="12" fill="${PALETTE.text}">${text(row)}</text>`,
  )}</svg>`;
  const data: ChartData = {
    kind: "bar",
    title: input.title,
    unit: w.unit,
    categories: input.rows.map((r) => r.label),
    series: [
      {
        name: w.way,
        values: input.rows.map((r) => (way(r) === undefined ? null : Math.round((way(r) ?? 0) * 1000) / 10)),
        color: PALETTE.good,
        colors: input.rows.map((r) =>
          r.statut === "EN_RETARD"
            ? PALETTE.bad
            : r.statut === "ATTEINT" || r.statut === "SUR_TRAJECTOIRE"
              ? PALETTE.good
              : PALETTE.trajectory,
        ),
      },
    ],
    range: { min: 0, max: 120 },
    labels: input.rows.map((r) => [way(r) === undefined ? "—" : qty(Math.round((way(r) ?? 0) * 1000) / 10, "%", lang)]),
    notes: input.rows.map(text),
    notesLabel: lang === "fr" ? "Valeurs et situation" : "Values and status",
  };
  return { svg, caption: input.title, alt, data };
}
