import type { ReportDocument } from "./document.js";
import { bilanObligationRow, bilanSection, indicatorLines } from "./compose-bilan.js";
import { collectiviteSection, findingsSection, programmeSection, strategySection, tr } from "./compose-common.js";
import { methodologySection } from "./compose-methodology.js";
import { territorySectionTitle } from "./compose-territoire.js";
import { provenanceOf } from "./provenance.js";
import type { BilanReportInput, RenderOptions } from "./report-input.js";
import type { RenderedReport } from "./rendered-report.js";
import { checkOptions, renderDocument } from "./render-document.js";
import { checkedBilanInput } from "./checked-input.js";

/**
 * Renders the bilan annuel of the stratégie numérique responsable (loi 2021-1485 art. 35; presented in
 * the rapport sur la situation en matière de développement durable, CGCT L. 2311-1-1) as one
 * self-contained accessible HTML file (default), Markdown or JSON, in French (default) or English.
 *
 * Sections follow the law: the collectivité and its obligations; the programme de travail (actors,
 * bilans of impact and uses, actions already undertaken); the strategy (objectives by axis, means);
 * the bilan of the year (each indicator against its target with its trajectory status and chart,
 * progress of measures, footprint by criterion, stage and category, change since last year split into
 * activity and factor effects); compliance findings; methodology and sources (every factor with source,
 * year and licence; SDK and factor-pack versions; input hash; generation date; the HTML's own EcoIndex).
 *
 * With `generatedAt` given, the same inputs give byte-identical output. The model documents are
 * validated again with `@nrs/model`'s schemas: bad input or a bad option throws one `NrsError` listing
 * every problem with its path, in French and English.
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
  const { format, lang, generatedAt } = checkOptions(options);
  checkedBilanInput(input);
  const factors = input.facteurs ?? [];
  // Packs named by the indicator results count too (an indicator may use a pack no cited factor shows).
  const packsOfResults = (input.resultats?.values ?? []).flatMap((v) => (v.provenance.factorPacks ?? []).map((p) => ({ pack: p.id, packVersion: p.version })));
  const provenance = provenanceOf(input, [...factors, ...packsOfResults], generatedAt);
  const lines = indicatorLines(input, lang);
  const compose = (eco: string | undefined): ReportDocument => ({
    lang,
    title: tr(lang, `Bilan ${input.bilan.annee} de la stratégie numérique responsable`, `${input.bilan.annee} review of the responsible digital strategy`),
    subtitle: input.collectivite.nom,
    sections: [
      collectiviteSection(input.collectivite, input.programme, input.strategie, lang, bilanObligationRow(input.bilan, lang)),
      programmeSection(input.programme, lang),
      strategySection(input.strategie, lang, false),
      bilanSection(input, lines, lang, true),
      findingsSection(input.constats, lang),
      methodologySection(factors, provenance, lang, eco),
    ],
  });
  return renderDocument(compose, format, lang, provenance, () => ({
    kind: "bilan", annee: input.bilan.annee, indicateurs: lines, inputs: input,
    ...(input.territoire ? { territoire: { titre: territorySectionTitle(lang), ...input.territoire } } : {}),
  }));
}
