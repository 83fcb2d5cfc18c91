import { Decimal } from "decimal.js";
import { toDecimal, type DecimalInput, type Lang } from "@nrs/core";
import { CRITERION_LABELS, STAGE_LABELS, STAGES, type Criterion, type Stage } from "@nrs/footprint";
import { allocationSection } from "./compose-allocation.js";
import type { Block, Section } from "./document.js";
import { m, tr } from "./compose-common.js";
import { num, qty } from "./published-number.js";
import type { FootprintReport, ImpactTableInput } from "./report-input.js";
import { stackedBarChart } from "./svg-stacked-bar.js";

// The footprint part of the bilan: criterion × stage table, the stacked bar by device family and
// stage, and the change since last year split into activity and factor effects.

function cellText(table: ImpactTableInput, c: string, st: string, lang: Lang): string {
  const cell = table[c]?.[st];
  if (!cell) return "—";
  const v = toDecimal(cell.value);
  const lo = cell.min === undefined ? v : toDecimal(cell.min);
  const hi = cell.max === undefined ? v : toDecimal(cell.max);
  const range = lo.equals(v) && hi.equals(v) ? "" : ` [${num(lo, lang)} ; ${num(hi, lang)}]`;
  return num(v, lang) + range;
}

export function criterionTotal(table: ImpactTableInput, c: string): { value: Decimal; unit: string } | undefined {
  const row = table[c];
  if (!row) return undefined;
  let total: Decimal | undefined;
  let unit = "";
  for (const st of Object.keys(row)) {
    const cell = row[st];
    if (!cell) continue;
    total = (total ?? new Decimal(0)).plus(toDecimal(cell.value));
    unit = cell.unit;
  }
  return total ? { value: total, unit } : undefined;
}

const label = (map: Readonly<Record<string, { fr: string; en: string }>>, code: string, lang: Lang) => map[code]?.[lang] ?? code;

export function footprintSection(e: FootprintReport, lang: Lang): Section {
  const criteria = Object.keys(e.total).filter((c) => e.total[c]);
  const stages = [...(STAGES as readonly string[]), ...new Set(criteria.flatMap((c) => Object.keys(e.total[c] ?? {})))].filter(
    (s, i, a) => a.indexOf(s) === i && criteria.some((c) => e.total[c]?.[s]),
  );
  const blocks: Block[] = [
    {
      kind: "table",
      caption: tr(
        lang,
        "Empreinte par critère et par étape du cycle de vie (valeur [min\u00A0; max])",
        "Footprint by criterion and lifecycle stage (value [min; max])",
      ),
      columns: [
        { label: tr(lang, "Critère", "Criterion") },
        ...stages.map((st) => ({ label: label(STAGE_LABELS as Record<Stage, { fr: string; en: string }>, st, lang), numeric: true })),
        { label: tr(lang, "Total", "Total"), numeric: true },
      ],
      rows: criteria.map((c) => {
        const t = criterionTotal(e.total, c);
        return {
          header: label(CRITERION_LABELS as Record<Criterion, { fr: string; en: string }>, c, lang) + (t ? ` (${t.unit})` : ""),
          cells: [...stages.map((st) => cellText(e.total, c, st, lang)), t ? num(t.value, lang) : "—"],
        };
      }),
    },
  ];
  // Largest first: the reader sees the main contributors at the top.
  const cats = (e.categories ?? [])
    .filter((c) => criterionTotal(c.impact, "gwp"))
    .sort((a, b) => criterionTotal(b.impact, "gwp")!.value.comparedTo(criterionTotal(a.impact, "gwp")!.value));
  if (cats.length > 0) {
    const stageList = (STAGES as readonly string[]).filter((st) => cats.some((c) => c.impact["gwp"]?.[st]));
    const chart = stackedBarChart(
      {
        title: tr(
          lang,
          "Changement climatique par famille d'équipements et par étape du cycle de vie",
          "Climate change by device family and lifecycle stage",
        ),
        unit: criterionTotal(cats[0]!.impact, "gwp")!.unit,
        parts: stageList.map((st) => label(STAGE_LABELS as Record<Stage, { fr: string; en: string }>, st, lang)),
        rows: cats.map((c) => ({ label: m(c.libelle, lang), valeurs: stageList.map((st) => c.impact["gwp"]?.[st]?.value) })),
      },
      lang,
    );
    blocks.push({ kind: "chart", svg: chart.svg, caption: chart.caption, alt: chart.alt, data: chart.data });
  }
  const usages = (e.parUsage ?? []).filter((u) => criterionTotal(u.impact, "gwp"));
  if (usages.length > 0) {
    const gwpTotal = criterionTotal(e.total, "gwp");
    const rows = usages.map((u) => ({ u, t: criterionTotal(u.impact, "gwp")! })).sort((a, b) => b.t.value.comparedTo(a.t.value));
    blocks.push({
      kind: "table",
      caption: tr(
        lang,
        "Changement climatique du parc d'équipements par usage (colonne site de l'inventaire)",
        "Climate change of the devices by usage (site column of the inventory)",
      ),
      columns: [
        { label: tr(lang, "Usage", "Usage") },
        { label: rows[0]!.t.unit, numeric: true },
        { label: tr(lang, "Part du total", "Share of the total"), numeric: true },
      ],
      rows: rows.map(({ u, t }) => ({
        header: m(u.libelle, lang),
        cells: [num(t.value, lang), gwpTotal && !gwpTotal.value.isZero() ? qty(t.value.div(gwpTotal.value).times(100), "%", lang) : "—"],
      })),
    });
  }
  if (cats.some((c) => c.code === "impressions")) {
    blocks.push({
      kind: "p",
      text: tr(
        lang,
        "Les impressions comptent le papier (feuilles A4 équivalentes × facteur par ramette)\u00A0; l'encre et le toner n'y sont pas, faute de facteur public. Les imprimantes sont comptées avec le parc.",
        "Printing counts the paper (A4-equivalent sheets × factor per ream); ink and toner are not included, for want of a public factor. Printers are counted with the devices.",
      ),
    });
  }
  const sections: Section[] = [];
  if (e.repartitions && e.repartitions.length > 0) sections.push(allocationSection(e.repartitions, lang));
  if (e.evolution && e.evolution.length > 0) {
    const prev = e.evolution[0]!.previousYear;
    const cur = e.evolution[0]!.currentYear;
    sections.push({
      id: "evolution",
      title: tr(lang, "Évolution depuis l'année précédente", "Change since the previous year"),
      blocks: [
        {
          kind: "p",
          text: tr(
            lang,
            "L'écart est décomposé en effet d'activité (parc, usages, volumes) et effet des facteurs (nouvelles valeurs des jeux de facteurs)\u00A0; leur somme est l'écart total.",
            "The change is split into an activity effect (devices, uses, volumes) and a factor effect (new factor-pack values); they add up to the total change.",
          ),
        },
        {
          kind: "table",
          caption: tr(lang, `Évolution ${prev} → ${cur}`, `Change ${prev} → ${cur}`),
          columns: [
            { label: tr(lang, "Critère", "Criterion") },
            { label: String(prev), numeric: true },
            { label: String(cur), numeric: true },
            { label: tr(lang, "Effet activité", "Activity effect"), numeric: true },
            { label: tr(lang, "Effet facteurs", "Factor effect"), numeric: true },
          ],
          rows: e.evolution.map((x) => ({
            header:
              label(CRITERION_LABELS as Record<Criterion, { fr: string; en: string }>, x.criterion, lang) + (x.unit ? ` (${x.unit})` : ""),
            cells: [num(x.previous, lang), num(x.current, lang), formatSigned(x.activityEffect, lang), formatSigned(x.factorEffect, lang)],
          })),
        },
      ],
    });
  }
  return {
    id: "empreinte",
    title: tr(lang, "Empreinte environnementale du numérique", "Environmental footprint of digital technology"),
    blocks,
    sections,
  };
}

function formatSigned(v: DecimalInput, lang: Lang): string {
  const d = toDecimal(v);
  return d.isZero() ? num(d, lang) : (d.isPositive() ? "+" : "") + num(d, lang);
}
