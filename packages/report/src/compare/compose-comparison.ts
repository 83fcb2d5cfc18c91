import { isIsoDay, type Lang } from "@nrs/core";
import type { CollectivitesComparison, IndicatorComparison, PeerGroupComparison } from "@nrs/indicators";
import { NORMALISER_LABELS } from "@nrs/indicators";
import { tr } from "../compose-common.js";
import type { Block, ReportDocument, Section } from "../document.js";
import { formatDate } from "../format-date.js";
import { num } from "../published-number.js";
import { stripPlot } from "./strip-plot.js";

// A day (or a timestamp, cut to its day as formatDate does) is written out for people; other text as it is.
const dateText = (d: string | undefined, lang: Lang): string =>
  d !== undefined && isIsoDay(d.split("T")[0] ?? "") ? formatDate(d, lang) : (d ?? "—");
const QUARTILE = {
  fr: ["1er quartile", "2e quartile", "3e quartile", "4e quartile"],
  en: ["1st quartile", "2nd quartile", "3rd quartile", "4th quartile"],
} as const;

function groupBlocks(
  c: IndicatorComparison,
  g: PeerGroupComparison,
  names: ReadonlyMap<string, string>,
  lang: Lang,
  focus: string | undefined,
): Block[] {
  const title = `${c.label[lang]} — ${g.label[lang]}`;
  const chart = stripPlot(
    {
      title,
      unit: c.unit,
      stats: g.stats,
      points: g.values.map((v) => ({ label: names.get(v.subject) ?? v.subject, value: v.value, highlight: v.subject === focus })),
    },
    lang,
  );
  const normalised = c.normaliser !== undefined;
  const columns = [
    { label: tr(lang, "Collectivité", "Local authority") },
    { label: tr(lang, "Rang", "Rank"), numeric: true },
    { label: `${tr(lang, "Valeur", "Value")} (${c.unit})`, numeric: true },
    ...(normalised
      ? [
          { label: `${tr(lang, "Valeur brute", "Raw value")} (${c.rawUnit})`, numeric: true },
          { label: tr(lang, "Dénominateur", "Denominator"), numeric: true },
        ]
      : []),
    { label: tr(lang, "Position", "Position") },
  ];
  const rows = g.values.map((v) => ({
    header: names.get(v.subject) ?? v.subject,
    cells: [
      `${v.rank}/${g.values.length}`,
      num(v.value, lang),
      ...(normalised ? [num(v.raw, lang), v.normaliserValue === undefined ? "" : num(v.normaliserValue, lang)] : []),
      `${QUARTILE[lang][v.quartile - 1]}${v.betterThanMedian === undefined ? "" : v.betterThanMedian ? tr(lang, ", meilleur que la médiane", ", better than the median") : tr(lang, ", moins bon que la médiane", ", worse than the median")}`,
    ],
  }));
  const blocks: Block[] = [
    { kind: "chart", ...chart },
    { kind: "table", caption: title, columns, rows },
  ];
  if (g.stats !== undefined) {
    const s = g.stats;
    blocks.push({
      kind: "p",
      text: tr(
        lang,
        `Médiane ${num(s.median, lang)} ; quartiles ${num(s.q1, lang)} et ${num(s.q3, lang)} (${c.unit}).`,
        `Median ${num(s.median, lang)}; quartiles ${num(s.q1, lang)} and ${num(s.q3, lang)} (${c.unit}).`,
      ),
    });
  }
  return blocks;
}

function indicatorSection(
  c: IndicatorComparison,
  names: ReadonlyMap<string, string>,
  lang: Lang,
  focus: string | undefined,
  i: number,
): Section {
  const how =
    c.normaliser === undefined
      ? tr(lang, "Valeurs comparées telles que calculées ou publiées.", "Values compared as computed or published.")
      : tr(
          lang,
          `Totaux ramenés ${NORMALISER_LABELS[c.normaliser].per.fr} (valeur = total / dénominateur).`,
          `Totals divided ${NORMALISER_LABELS[c.normaliser].per.en} (value = total / denominator).`,
        );
  const order =
    c.direction === undefined
      ? tr(lang, "Rang 1 : la plus petite valeur (sens inconnu).", "Rank 1: the smallest value (direction unknown).")
      : c.direction === "BAISSE"
        ? tr(lang, "Rang 1 : la plus basse (indicateur à faire baisser).", "Rank 1: the lowest (an indicator to lower).")
        : tr(lang, "Rang 1 : la plus haute (indicateur à faire monter).", "Rank 1: the highest (an indicator to raise).");
  const blocks: Block[] = [{ kind: "p", text: `${how} ${order}` }, ...c.groups.flatMap((g) => groupBlocks(c, g, names, lang, focus))];
  if (c.leftOut.length > 0)
    blocks.push({ kind: "ul", items: c.leftOut.map((l) => `${names.get(l.subject) ?? l.subject} : ${l.reason[lang]}`) });
  return { id: `indicateur-${i + 1}`, title: c.label[lang], blocks };
}

/** The comparison as a report document (one section per indicator, then sources and what was not compared). @internal */
export function composeComparison(r: CollectivitesComparison, lang: Lang, focus: string | undefined, generatedAt: string): ReportDocument {
  const names = new Map(r.subjects.map((s) => [s.id, s.name]));
  const sources: Section = {
    id: "sources",
    title: tr(lang, "Collectivités et sources", "Local authorities and sources"),
    blocks: [
      {
        kind: "table",
        caption: tr(lang, "Sources des valeurs comparées", "Sources of the compared values"),
        columns: [
          { label: tr(lang, "Collectivité", "Local authority") },
          { label: tr(lang, "Origine", "Origin") },
          { label: "Source" },
          { label: tr(lang, "Date", "Date") },
        ],
        rows: r.subjects.map((s) => ({
          header: s.name,
          cells: [
            s.source.kind === "projet"
              ? tr(lang, "calculée par @nrs", "computed by @nrs")
              : tr(lang, "données ouvertes publiées", "published open data"),
            s.source.label,
            dateText(s.source.date, lang),
          ],
        })),
      },
    ],
  };
  const notCompared: Section[] =
    r.notCompared.length + r.problems.length === 0
      ? []
      : [
          {
            id: "non-compares",
            title: tr(lang, "Non comparé", "Not compared"),
            blocks: [
              {
                kind: "ul",
                items: [...r.notCompared.map((n) => `${n.label[lang]} : ${n.message[lang]}`), ...r.problems.map((p) => p.message[lang])],
              },
            ],
          },
        ];
  return {
    lang,
    title: tr(lang, `Comparaison entre collectivités — ${r.year}`, `Comparison of local authorities — ${r.year}`),
    subtitle: tr(
      lang,
      `${r.subjects.length} collectivités, ${r.indicators.length} indicateurs comparés ; généré le ${formatDate(generatedAt.slice(0, 10), lang)}`,
      `${r.subjects.length} local authorities, ${r.indicators.length} indicators compared; generated on ${formatDate(generatedAt.slice(0, 10), lang)}`,
    ),
    sections: [...r.indicators.map((c, i) => indicatorSection(c, names, lang, focus, i)), sources, ...notCompared],
  };
}
