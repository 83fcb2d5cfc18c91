import { NrsError, problem, type Lang } from "@nrs/core";
import type { ReportDocument, Section } from "./document.js";
import { bilanObligationRow, bilanSection, indicatorLines, type IndicatorLine } from "./compose-bilan.js";
import { collectiviteSection } from "./compose-collectivite.js";
import { programmeSection, strategySection, tr } from "./compose-common.js";
import { findingsSection } from "./compose-compliance.js";
import { methodologySection } from "./compose-methodology.js";
import { territorySectionTitle } from "./compose-territoire.js";
import { sourcesSection } from "./compose-sources.js";
import { rgesnSection } from "./compose-rgesn.js";
import { synthesisSection } from "./compose-synthesis.js";
import { provenanceOf, type Provenance } from "./provenance.js";
import type { BilanReportInput, RenderOptions, ReportFormat } from "./report-input.js";
import type { RenderedReport } from "./rendered-report.js";
import { checkOptions, renderDocument } from "./render-document.js";
import { bilanShapeProblems } from "./bilan-input-shape.js";

/** What every section of the bilan is composed from. */
export interface BilanContext {
  readonly input: BilanReportInput;
  readonly lines: readonly IndicatorLine[];
  readonly lang: Lang;
  readonly provenance: Provenance;
  /** The document's own EcoIndex sentence (HTML), once measured. */
  readonly ecoIndex: string | undefined;
}

/**
 * The sections of the bilan, in reading order: the synthesis first, the annex of sources and the
 * methodology last. A new section is one entry here and its `compose-<section>.ts`.
 */
export const BILAN_SECTIONS: readonly ((c: BilanContext) => Section | undefined)[] = [
  (c) => synthesisSection(c.input, c.lines, c.lang),
  (c) => collectiviteSection(c.input.collectivite, c.input.programme, c.input.strategie, c.lang, bilanObligationRow(c.input.bilan, c.lang)),
  (c) => programmeSection(c.input.programme, c.lang),
  (c) => strategySection(c.input.strategie, c.lang),
  (c) => bilanSection(c.input, c.lines, c.lang, true),
  (c) => findingsSection(c.input.constats, c.lang, c.input.nonVerifies),
  (c) => sourcesSection(c.lines, c.input.facteurs ?? [], c.lang),
  (c) => rgesnSection(c.input.rgesn, c.lang),
  (c) => methodologySection(c.provenance, c.lang, c.ecoIndex),
];

/** The bilan as a document, before any writer (HTML, Markdown, DOCX) draws it. */
export function composeBilan(
  input: BilanReportInput,
  lang: Lang,
  provenance: Provenance,
  ecoIndex: string | undefined,
  lines = indicatorLines(input, lang),
): ReportDocument {
  const context: BilanContext = { input, lines, lang, provenance, ecoIndex };
  return {
    lang,
    title: tr(
      lang,
      `Bilan ${input.bilan.annee} de la stratégie numérique responsable`,
      `${input.bilan.annee} review of the responsible digital strategy`,
    ),
    subtitle: input.collectivite.nom,
    sections: BILAN_SECTIONS.map((s) => s(context)).filter((s): s is Section => s !== undefined),
  };
}

/** The provenance of a bilan: its inputs' hash, and every factor pack cited by a factor or an indicator. */
export function bilanProvenance(input: BilanReportInput, generatedAt: string): Provenance {
  // Packs named by the indicator results count too (an indicator may use a pack no cited factor shows).
  const packsOfResults = (input.resultats?.values ?? []).flatMap((v) =>
    (v.provenance.factorPacks ?? []).map((p) => ({ pack: p.id, packVersion: p.version })),
  );
  return provenanceOf(input, [...(input.facteurs ?? []), ...packsOfResults], generatedAt);
}

/**
 * Renders the bilan annuel of the stratégie numérique responsable (loi 2021-1485 art. 35; presented in
 * the rapport sur la situation en matière de développement durable, CGCT L. 2311-1-1) as one
 * self-contained accessible HTML file (default; `fragment: true` for a web CMS), Markdown or JSON, in
 * French (default) or English. For Word and LibreOffice, `renderBilanDocx` of `@nrs/report/docx` writes
 * the same document as a .docx (a separate entry point, so that the DOCX library stays out of the HTML path).
 *
 * Sections (see `BILAN_SECTIONS`): the synthesis first (footprint and its change, per agent,
 * objectives on and behind their trajectory, largest contributors, statutory ratios against their
 * thresholds, method changes); the collectivité and its obligations; the programme de travail; the
 * strategy; the bilan of the year (each indicator against its target, a chart per axis, progress of the
 * measures, footprint by criterion and stage with a stacked bar by device family, change since last
 * year split into activity and factor effects); compliance findings (« non vérifiée » for a document
 * that could not be read); the annex of sources (data files, factors grouped by source with their
 * licences); methodology (SDK and factor-pack versions, input hash, generation date, the HTML's own
 * EcoIndex).
 *
 * With `generatedAt` given, the same inputs give byte-identical output. The model documents are taken
 * as `@nrs/model`'s parsers give them and are not validated again (so that rendering does not bundle
 * zod and the schemas): pass untyped JSON through {@link parseBilanReportInput} first. A bad option,
 * or a part that is not the kind of value read (an object, a list…), throws one `NrsError` listing every
 * problem with its path (`NRS_REPORT_BAD_OPTION`, `NRS_REPORT_BAD_INPUT`…), in French and English;
 * input that still cannot be read throws `NrsError` `NRS_REPORT_UNREADABLE_INPUT`, never a `TypeError`.
 *
 * @example
 * ```ts
 * import { renderBilan } from "@nrs/report";
 * const collectivite = { type: "COMMUNE" as const, nom: "Ville-Exemple", siren: "212345672", codeInsee: "12345",
 *   population: { valeur: 60000, type: "totale" as const, millesime: 2024 } };
 * const ref = { siren: "212345672" };
 * const strategie = { collectivite: ref, version: "1", periode: { debut: 2025, fin: 2030 }, objectifs: [], indicateurs: [], mesures: [] };
 * const bilan = { collectivite: ref, annee: 2025, rapportDd: { exerciceBudgetaire: 2026, datePresentation: "2026-02-10" },
 *   valeurs: [], avancementMesures: [] };
 * const out = renderBilan({ collectivite, strategie, bilan } as never, { generatedAt: "2026-02-01" });
 * if (!out.content.startsWith("<!DOCTYPE html>")) throw new Error("not html");
 * console.log(out.ecoIndex?.result.grade);
 * ```
 */
export function renderBilan(input: BilanReportInput, options: RenderOptions = {}): RenderedReport {
  const { format, lang, generatedAt, fragment } = checkOptions(options);
  const shape = bilanShapeProblems(input);
  if (shape.length > 0) throw new NrsError(shape);
  try {
    return render(input, format, lang, generatedAt, fragment);
  } catch (e) {
    if (e instanceof NrsError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    throw new NrsError([
      problem(
        "NRS_REPORT_UNREADABLE_INPUT",
        [],
        `Le bilan n'a pas pu être composé à partir de ces documents (${why}) : validez-les d'abord avec parseBilanReportInput.`,
        `The bilan could not be composed from these documents (${why}): validate them first with parseBilanReportInput.`,
      ),
    ]);
  }
}

function render(input: BilanReportInput, format: ReportFormat, lang: Lang, generatedAt: string, fragment: boolean): RenderedReport {
  const provenance = bilanProvenance(input, generatedAt);
  const lines = indicatorLines(input, lang);
  const compose = (eco: string | undefined): ReportDocument => composeBilan(input, lang, provenance, eco, lines);
  return renderDocument(
    compose,
    format,
    lang,
    provenance,
    () => ({
      synthese: compose(undefined).sections[0],
      kind: "bilan",
      annee: input.bilan.annee,
      indicateurs: lines,
      inputs: input,
      ...(input.territoire ? { territoire: { titre: territorySectionTitle(lang), ...input.territoire } } : {}),
    }),
    fragment,
  );
}
