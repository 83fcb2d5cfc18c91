import { Decimal } from "decimal.js";
import { toDecimal, type Lang } from "@nrs/core";
import { AXE_CODES, AXE_LABELS, NIVEAUX_QUALITE, STATUTS_MESURE, type AxeCode, type BilanAnnuel, type Strategie } from "@nrs/model";
import type { Block, Section } from "./document.js";
import { formatDate } from "./format-date.js";
import { euros, indicatorLabel, m, tr } from "./compose-common.js";
import { qty } from "./published-number.js";
import { indicatorAllocationBlocks } from "./compose-indicator-allocation.js";
import { fileOfDataset, type TrajectoryStatus, type YearValueInput } from "@nrs/indicators";
import type { BilanReportInput, IndicatorReport } from "./report-input.js";
import { STATUS_CHART_LEGEND, statusChart } from "./svg-status-chart.js";
import { colon, semicolon } from "./punctuation.js";
import { footprintSection } from "./compose-footprint.js";
import { localisedFormula } from "./localised-formula.js";
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
  /** Quality and formula of the value, or where a collected value comes from (no file name: see `donnees`). */
  readonly source: string | undefined;
  /** Axis of the strategy the indicator follows. */
  readonly axe: AxeCode;
  /** Baseline of the trajectory (`milestones.baseline`). */
  readonly reference: { readonly annee: number; readonly valeur: Decimal } | undefined;
  /** Where the trajectory expects the indicator in the bilan's year. */
  readonly attendu: Decimal | undefined;
  /** The project files the computed value was read from, with their record counts (written in the annex). */
  readonly donnees: readonly { readonly fichier: string; readonly enregistrements: number }[];
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
  return targetDue(
    s.objectifs
      .flatMap((o) => o.cibles)
      .filter((c) => c.indicateur === code)
      .map((c) => ({ year: c.anneeCible, value: c.valeurCible })),
    annee,
  );
}

// The file a dataset comes from, by the data-file registry of @nrs/indicators; the footprint is computed, not a file.
const datasetFile = (dataset: string, lang: Lang): string =>
  dataset === "empreinte"
    ? tr(lang, "empreinte calculée (@nrs/footprint)", "computed footprint (@nrs/footprint)")
    : (fileOfDataset(dataset) ?? dataset);

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
      source = `${m(NIVEAUX_QUALITE[c.provenance.quality], lang).toLowerCase()}${colon(lang)}${localisedFormula(c.provenance.formula[lang], lang)}`;
      // The computed value wins (nrs validate warns NRS_COLLECTED_AND_COMPUTED): the reader is told a collected one existed.
      if (v)
        source += `${semicolon(lang)}${tr(lang, "valeur collectée écartée", "collected value set aside")} (${qty(v.valeur, i.unite, lang)})`;
    } else if (v) source = `${v.source} (${m(NIVEAUX_QUALITE[v.qualite], lang).toLowerCase()})`;
    else if (fromSerie) source = tr(lang, "série de suivi", "follow-up series");
    // The reason may name a data file: file names appear only in the annex of sources.
    else if (skipped)
      source = tr(lang, "non calculée\u00A0: ", "not computed: ") + skipped.message[lang].replace(/\s*\([\w.-]+\.(?:csv|json)\)/g, "");
    return {
      code: i.code,
      libelle: indicatorLabel(i, i.code, lang),
      unite: i.unite,
      annee: bilan.annee,
      valeur: c ? c.value : v ? toDecimal(v.valeur) : fromSerie ? toDecimal(fromSerie.value) : undefined,
      cible: t ? { annee: t.year, valeur: toDecimal(t.value) } : undefined,
      statut: r?.status,
      source,
      axe: i.axe,
      reference: r?.milestones ? { annee: r.milestones.baseline.year, valeur: toDecimal(r.milestones.baseline.value) } : undefined,
      attendu: r?.trajectory?.find((p) => p.year === bilan.annee)
        ? toDecimal(r.trajectory.find((p) => p.year === bilan.annee)!.value)
        : undefined,
      donnees: c ? c.provenance.records.map((x) => ({ fichier: datasetFile(x.dataset, lang), enregistrements: x.count })) : [],
    };
  });
}

function previousOf(r: IndicatorReport | undefined, annee: number): { annee: number; valeur: Decimal } | undefined {
  const p = r?.series.find((x) => x.year === annee - 1);
  return p ? { annee: p.year, valeur: toDecimal(p.value) } : undefined;
}

// One chart per axis of the strategy: each indicator's way from its baseline to its target.
function axisCharts(s: Strategie, lines: readonly IndicatorLine[], reports: ReadonlyMap<string, IndicatorReport>, lang: Lang): Block[] {
  return AXE_CODES.filter((code) => lines.some((l) => l.axe === code)).map((code) => {
    const a = AXE_LABELS[code];
    const c = statusChart(
      {
        title: (a.numero ? `${tr(lang, "Axe", "Axis")} ${a.numero} – ` : "") + m(a.libelleCourt, lang),
        rows: lines
          .filter((l) => l.axe === code)
          .map((l) => ({
            label: l.libelle,
            unit: l.unite,
            reference: l.reference,
            valeur: l.valeur ? { annee: l.annee, valeur: l.valeur } : undefined,
            precedent: previousOf(reports.get(l.code), l.annee),
            cible: l.cible,
            attendu: l.attendu,
            statut: l.statut ?? reports.get(l.code)?.status,
            statutLibelle: l.statut ? STATUS_LABELS[l.statut][lang] : tr(lang, "situation non calculée", "status not computed"),
          })),
      },
      lang,
    );
    return { kind: "chart", svg: c.svg, caption: c.caption, alt: c.alt, data: c.data } satisfies Block;
  });
}

export function bilanSection(input: BilanReportInput, lines: readonly IndicatorLine[], lang: Lang, withCharts: boolean): Section {
  const { bilan, strategie: s } = input;
  const reports = new Map((input.indicateurs ?? []).map((r) => [r.code, r] as [string, IndicatorReport]));
  const rdd = bilan.rapportDd;
  const intro =
    tr(
      lang,
      `Bilan présenté le ${formatDate(rdd.datePresentation, lang)} dans le rapport sur la situation en matière de développement durable, avant le débat sur le budget ${rdd.exerciceBudgetaire}`,
      `Review presented on ${formatDate(rdd.datePresentation, lang)} in the sustainable development report, before the debate on the ${rdd.exerciceBudgetaire} budget`,
    ) +
    (rdd.dateDebatBudgetaire
      ? tr(lang, ` (débat du ${formatDate(rdd.dateDebatBudgetaire, lang)})`, ` (debate of ${formatDate(rdd.dateDebatBudgetaire, lang)})`)
      : "") +
    ".";
  const indBlocks: Block[] = [
    {
      kind: "table",
      caption: tr(
        lang,
        `Indicateurs ${bilan.annee}\u00A0: valeur, cible et trajectoire`,
        `Indicators ${bilan.annee}: value, target and trajectory`,
      ),
      columns: [
        { label: tr(lang, "Indicateur", "Indicator") },
        { label: tr(lang, `Valeur ${bilan.annee} et source`, `Value ${bilan.annee} and source`) },
        { label: tr(lang, "Cible et situation", "Target and status") },
      ],
      rows: lines.map((l) => ({
        header: l.libelle,
        cells: [
          (l.valeur ? qty(l.valeur, l.unite, lang) : "—") + (l.source ? ` (${l.source})` : ""),
          (l.cible ? `${qty(l.cible.valeur, l.unite, lang)} (${l.cible.annee}) – ` : "") +
            (l.statut ? STATUS_LABELS[l.statut][lang] : tr(lang, "situation non calculée", "status not computed")),
        ],
      })),
    },
  ];
  if (withCharts) indBlocks.push({ kind: "p", text: STATUS_CHART_LEGEND[lang] }, ...axisCharts(s, lines, reports, lang));
  indBlocks.push(...indicatorAllocationBlocks(input.repartitionsIndicateurs ?? [], lang));
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
                    [
                      m(STATUTS_MESURE[a.statut], lang),
                      a.avancementPct ? qty(a.avancementPct, "%", lang) : undefined,
                      a.depensesEuros ? tr(lang, "dépenses ", "spent ") + euros(a.depensesEuros, lang) : undefined,
                    ]
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
  const due = rdd.dateDebatBudgetaire
    ? tr(
        lang,
        `Avant le débat budgétaire du ${formatDate(rdd.dateDebatBudgetaire, lang)}`,
        `Before the budget debate of ${formatDate(rdd.dateDebatBudgetaire, lang)}`,
      )
    : tr(lang, "Avant le débat budgétaire", "Before the budget debate");
  const on = formatDate(rdd.datePresentation, lang);
  const state = !rdd.dateDebatBudgetaire
    ? tr(lang, `Présenté le ${on}`, `Presented on ${on}`)
    : rdd.datePresentation < rdd.dateDebatBudgetaire
      ? tr(lang, `Présenté le ${on}, avant le débat`, `Presented on ${on}, before the debate`)
      : tr(lang, `Présenté le ${on}, pas avant le débat`, `Presented on ${on}, not before the debate`);
  return [due, state];
}
