import { Decimal } from "decimal.js";
import { toDecimal, type DecimalInput, type Lang } from "@nrs/core";
import { NIVEAUX_QUALITE, STATUTS_MESURE, type BilanAnnuel, type Strategie } from "@nrs/model";
import { CRITERION_LABELS, STAGE_LABELS, STAGES, type Criterion, type Stage } from "@nrs/footprint";
import type { Block, Section } from "./document.js";
import { formatDate } from "./format-date.js";
import { euros, indicatorLabel, m, tr } from "./compose-common.js";
import { num, qty } from "./published-number.js";
import { dataFile, type TrajectoryStatus, type YearValueInput } from "@nrs/indicators";
import type { BilanReportInput, FootprintReport, ImpactTableInput, IndicatorReport } from "./report-input.js";
import { barChart, seriesChart } from "./svg-chart.js";
import { colon, semicolon } from "./punctuation.js";
import { territorySection } from "./compose-territoire.js";

/** One line of the indicator table, also written in the JSON output. */
export interface IndicatorLine {
  readonly code: string;
  readonly libelle: string;
  readonly unite: string;
  readonly annee: number;
  readonly valeur: Decimal | undefined;
  readonly cible: { readonly annee: number; readonly valeur: Decimal } | undefined;
  readonly statut: TrajectoryStatus | undefined;
  readonly source: string | undefined;
}

export const STATUS_LABELS: Record<TrajectoryStatus, { fr: string; en: string }> = {
  ATTEINT: { fr: "Cible atteinte", en: "Target reached" },
  SUR_TRAJECTOIRE: { fr: "Sur la trajectoire", en: "On track" },
  EN_RETARD: { fr: "En retard sur la trajectoire", en: "Behind the trajectory" },
  SANS_CIBLE: { fr: "Pas de cible", en: "No target" },
  SANS_DONNEES: { fr: "Pas de valeur pour l'année", en: "No value for the year" },
};

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

// The bilan may hold one value per entity (EPCI and member communes); the table shows the collectivité's
// own value: the one without entity, or the EPCI's.
function valueOfYear(bilan: BilanAnnuel, code: string) {
  const vs = bilan.valeurs.filter((v) => v.indicateur === code && yearOf(v.date) === bilan.annee);
  return vs.find((v) => v.entite === undefined) ?? vs.find((v) => v.entite === "epci") ?? vs[0];
}

// An indicator may have several targets (2025, 2027...): the bilan shows the next one due, or the last.
function targetOf(s: Strategie, code: string, annee: number): YearValueInput | undefined {
  return targetDue(s.objectifs.flatMap((o) => o.cibles).filter((c) => c.indicateur === code).map((c) => ({ year: c.anneeCible, value: c.valeurCible })), annee);
}

// The file a dataset comes from, by the data-file registry of @nrs/indicators; the footprint is computed, not a file.
const datasetFile = (dataset: string): string => (dataset === "empreinte" ? "empreinte (@nrs/footprint)" : (dataFile(dataset)?.file ?? dataset));

// Which target the bilan compares with: the first one due in or after the bilan's year, else the last.
function targetDue(targets: readonly YearValueInput[], annee: number): YearValueInput | undefined {
  const sorted = [...targets].sort((a, b) => a.year - b.year);
  return sorted.find((t) => t.year >= annee) ?? sorted.at(-1);
}

export function indicatorLines(input: BilanReportInput, lang: Lang): IndicatorLine[] {
  const { strategie: s, bilan } = input;
  const reports = new Map((input.indicateurs ?? []).map((r) => [r.code, r]));
  const computed = input.resultats?.year === bilan.annee ? input.resultats : undefined;
  return s.indicateurs.map((i) => {
    const r = reports.get(i.code);
    const c = computed?.values.find((v) => v.code === i.code);
    const skipped = computed?.notComputed.find((v) => v.code === i.code);
    const fromSerie = r?.series.find((p) => p.year === bilan.annee);
    const v = valueOfYear(bilan, i.code);
    const t = r?.milestones ? targetDue(r.milestones.targets, bilan.annee) : targetOf(s, i.code, bilan.annee);
    let source: string | undefined;
    if (c) {
      const files = c.provenance.records.map((x) => `${datasetFile(x.dataset)} (${x.count} ${tr(lang, "enregistrements", "records")})`).join(", ");
      source = `${files ? files + ", " : ""}${m(NIVEAUX_QUALITE[c.provenance.quality], lang).toLowerCase()}${colon(lang)}${c.provenance.formula[lang]}`;
      // The computed value wins (nrs validate warns NRS_COLLECTED_AND_COMPUTED): the reader is told a collected one existed.
      if (v) source += `${semicolon(lang)}${tr(lang, "valeur collectée écartée", "collected value set aside")} (${qty(v.valeur, i.unite, lang)})`;
    } else if (v) source = `${v.source} (${m(NIVEAUX_QUALITE[v.qualite], lang).toLowerCase()})`;
    else if (fromSerie) source = tr(lang, "série de suivi", "follow-up series");
    else if (skipped) source = tr(lang, "non calculée\u00A0: ", "not computed: ") + skipped.message[lang];
    return {
      code: i.code,
      libelle: indicatorLabel(i, i.code, lang),
      unite: i.unite,
      annee: bilan.annee,
      valeur: c ? c.value : v ? toDecimal(v.valeur) : fromSerie ? toDecimal(fromSerie.value) : undefined,
      cible: t ? { annee: t.year, valeur: toDecimal(t.value) } : undefined,
      statut: r?.status,
      source,
    };
  });
}

function cellText(table: ImpactTableInput, c: string, st: string, lang: Lang): string {
  const cell = table[c]?.[st];
  if (!cell) return "—";
  const v = toDecimal(cell.value);
  const lo = cell.min === undefined ? v : toDecimal(cell.min);
  const hi = cell.max === undefined ? v : toDecimal(cell.max);
  const range = lo.equals(v) && hi.equals(v) ? "" : ` [${num(lo, lang)} ; ${num(hi, lang)}]`;
  return num(v, lang) + range;
}

function criterionTotal(table: ImpactTableInput, c: string): { value: Decimal; unit: string } | undefined {
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

function footprintSection(e: FootprintReport, lang: Lang): Section {
  const criteria = Object.keys(e.total).filter((c) => e.total[c]);
  const stages = [...(STAGES as readonly string[]), ...new Set(criteria.flatMap((c) => Object.keys(e.total[c] ?? {})))].filter((s, i, a) => a.indexOf(s) === i && criteria.some((c) => e.total[c]?.[s]));
  const blocks: Block[] = [
    {
      kind: "table",
      caption: tr(lang, "Empreinte par critère et par étape du cycle de vie (valeur [min\u00A0; max])", "Footprint by criterion and lifecycle stage (value [min; max])"),
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
  const cats = e.categories ?? [];
  const gwp = cats.map((c) => ({ c, t: criterionTotal(c.impact, "gwp") })).filter((x) => x.t);
  if (gwp.length > 0) {
    const chart = barChart(
      {
        title: tr(lang, "Changement climatique par catégorie", "Climate change by category"),
        unit: gwp[0]!.t!.unit,
        bars: gwp.map((x) => ({ label: m(x.c.libelle, lang), valeur: x.t!.value })),
      },
      lang,
    );
    blocks.push({ kind: "chart", svg: chart.svg, caption: chart.caption, alt: chart.alt });
  }
  const sections: Section[] = [];
  if (e.evolution && e.evolution.length > 0) {
    const prev = e.evolution[0]!.previousYear;
    const cur = e.evolution[0]!.currentYear;
    sections.push({
      id: "evolution",
      title: tr(lang, "Évolution depuis l'année précédente", "Change since the previous year"),
      blocks: [
        {
          kind: "p",
          text: tr(lang, "L'écart est décomposé en effet d'activité (parc, usages, volumes) et effet des facteurs (nouvelles valeurs des jeux de facteurs)\u00A0; leur somme est l'écart total.", "The change is split into an activity effect (devices, uses, volumes) and a factor effect (new factor-pack values); they add up to the total change."),
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
            header: label(CRITERION_LABELS as Record<Criterion, { fr: string; en: string }>, x.criterion, lang) + (x.unit ? ` (${x.unit})` : ""),
            cells: [num(x.previous, lang), num(x.current, lang), formatSigned(x.activityEffect, lang), formatSigned(x.factorEffect, lang)],
          })),
        },
      ],
    });
  }
  return { id: "empreinte", title: tr(lang, "Empreinte environnementale du numérique", "Environmental footprint of digital technology"), blocks, sections };
}

function formatSigned(v: DecimalInput, lang: Lang): string {
  const d = toDecimal(v);
  return d.isZero() ? num(d, lang) : (d.isPositive() ? "+" : "") + num(d, lang);
}

export function bilanSection(input: BilanReportInput, lines: readonly IndicatorLine[], lang: Lang, withCharts: boolean): Section {
  const { bilan, strategie: s } = input;
  const reports = new Map((input.indicateurs ?? []).map((r) => [r.code, r] as [string, IndicatorReport]));
  const rdd = bilan.rapportDd;
  const intro =
    tr(lang, `Bilan présenté le ${formatDate(rdd.datePresentation, lang)} dans le rapport sur la situation en matière de développement durable, avant le débat sur le budget ${rdd.exerciceBudgetaire}`, `Review presented on ${formatDate(rdd.datePresentation, lang)} in the sustainable development report, before the debate on the ${rdd.exerciceBudgetaire} budget`) +
    (rdd.dateDebatBudgetaire ? tr(lang, ` (débat du ${formatDate(rdd.dateDebatBudgetaire, lang)})`, ` (debate of ${formatDate(rdd.dateDebatBudgetaire, lang)})`) : "") +
    ".";
  const indBlocks: Block[] = [
    {
      kind: "table",
      caption: tr(lang, `Indicateurs ${bilan.annee}\u00A0: valeur, cible et trajectoire`, `Indicators ${bilan.annee}: value, target and trajectory`),
      columns: [
        { label: tr(lang, "Indicateur", "Indicator") },
        { label: tr(lang, `Valeur ${bilan.annee} et source`, `Value ${bilan.annee} and source`) },
        { label: tr(lang, "Cible et situation", "Target and status") },
      ],
      rows: lines.map((l) => ({
        header: l.libelle,
        cells: [
          (l.valeur ? qty(l.valeur, l.unite, lang) : "—") + (l.source ? ` (${l.source})` : ""),
          (l.cible ? `${qty(l.cible.valeur, l.unite, lang)} (${l.cible.annee}) – ` : "") + (l.statut ? STATUS_LABELS[l.statut][lang] : tr(lang, "situation non calculée", "status not computed")),
        ],
      })),
    },
  ];
  if (withCharts) {
    for (const l of lines) {
      const r = reports.get(l.code);
      if (!r || r.series.length + (r.trajectory?.length ?? 0) < 2) continue;
      const c = seriesChart(
        {
          title: l.libelle,
          unit: l.unite,
          serie: r.series.map((p) => ({ annee: p.year, valeur: p.value })),
          trajectoire: r.trajectory?.map((p) => ({ annee: p.year, valeur: p.value })),
          cible: l.cible,
          note: STATUS_LABELS[r.status][lang],
        },
        lang,
      );
      indBlocks.push({ kind: "chart", svg: c.svg, caption: c.caption, alt: c.alt });
    }
  }
  const mesures = new Map(s.mesures.map((x) => [x.id, x]));
  const sections: Section[] = [
    { id: "indicateurs", title: tr(lang, "Indicateurs", "Indicators"), blocks: indBlocks },
    {
      id: "mesures",
      title: tr(lang, "Avancement des mesures", "Progress of the measures"),
      blocks:
        bilan.avancementMesures.length === 0
          ? [{ kind: "p", text: tr(lang, "Aucun avancement renseigné.", "No progress recorded.") }]
          : [
              // A list, not a table: one element per measure keeps the bilan's EcoIndex at A.
              {
                kind: "ul",
                items: bilan.avancementMesures.map(
                  (a) =>
                    `${mesures.get(a.mesure)?.libelle ?? a.mesure}${colon(lang)}` +
                    [m(STATUTS_MESURE[a.statut], lang), a.avancementPct ? qty(a.avancementPct, "%", lang) : undefined, a.depensesEuros ? tr(lang, "dépenses ", "spent ") + euros(a.depensesEuros, lang) : undefined]
                      .filter((x) => x !== undefined)
                      .join(", ") +
                    (a.commentaire ? `. ${a.commentaire}` : ""),
                ),
              },
            ],
    },
  ];
  if (input.empreinte) sections.push(footprintSection(input.empreinte, lang));
  if (input.territoire) sections.push(territorySection(input.territoire, lang));
  const blocks: Block[] = [{ kind: "p", text: intro }];
  if (bilan.commentaires && bilan.commentaires.length > 0) blocks.push({ kind: "ul", items: bilan.commentaires });
  return { id: "bilan", title: tr(lang, `Le bilan ${bilan.annee}`, `The ${bilan.annee} review`), blocks, sections };
}

export function bilanObligationRow(bilan: BilanAnnuel, lang: Lang): string[] {
  const rdd = bilan.rapportDd;
  const due = rdd.dateDebatBudgetaire ? tr(lang, `Avant le débat budgétaire du ${formatDate(rdd.dateDebatBudgetaire, lang)}`, `Before the budget debate of ${formatDate(rdd.dateDebatBudgetaire, lang)}`) : tr(lang, "Avant le débat budgétaire", "Before the budget debate");
  const on = formatDate(rdd.datePresentation, lang);
  const state = !rdd.dateDebatBudgetaire
    ? tr(lang, `Présenté le ${on}`, `Presented on ${on}`)
    : rdd.datePresentation < rdd.dateDebatBudgetaire
      ? tr(lang, `Présenté le ${on}, avant le débat`, `Presented on ${on}, before the debate`)
      : tr(lang, `Présenté le ${on}, pas avant le débat`, `Presented on ${on}, not before the debate`);
  return [due, state];
}
