import type { ReportDocument } from "./document.js";
import { collectiviteSection } from "./compose-collectivite.js";
import { programmeSection, strategySection, tr } from "./compose-common.js";
import { findingsSection } from "./compose-compliance.js";
import { strategyDetailSections } from "./compose-strategy-detail.js";
import { methodologySection } from "./compose-methodology.js";
import { provenanceOf } from "./provenance.js";
import type { RenderOptions, StrategyReportInput } from "./report-input.js";
import type { RenderedReport } from "./rendered-report.js";
import { checkOptions, renderDocument } from "./render-document.js";
import { checkedStrategyInput } from "./checked-input.js";

/**
 * Renders the stratégie numérique responsable itself (CGCT D. 2311-15-1): the collectivité and its
 * obligations, the programme de travail it is based on, then the objectives by axis with their targets,
 * the indicators, the measures and the means, the compliance findings and the provenance. HTML (default,
 * self-contained and accessible), Markdown or JSON; French by default, English on request.
 *
 * @example
 * ```ts
 * import { renderStrategy } from "@nrs/report";
 * const collectivite = { type: "COMMUNE" as const, nom: "Ville-Exemple", siren: "212345672", codeInsee: "12345",
 *   population: { valeur: 60000, type: "totale" as const, millesime: 2024 } };
 * const strategie = { collectivite: { siren: "212345672" }, version: "1", periode: { debut: 2025, fin: 2030 },
 *   objectifs: [], indicateurs: [], mesures: [] };
 * const md = renderStrategy({ collectivite, strategie } as never, { format: "markdown", lang: "en", generatedAt: "2026-01-15" });
 * if (!md.content.startsWith("# Responsible digital strategy")) throw new Error(md.content.slice(0, 80));
 * ```
 */
export function renderStrategy(input: StrategyReportInput, options: RenderOptions = {}): RenderedReport {
  const { format, lang, generatedAt, fragment } = checkOptions(options);
  checkedStrategyInput(input);
  const provenance = provenanceOf(input, [], generatedAt);
  const compose = (eco: string | undefined): ReportDocument => ({
    lang,
    title: tr(
      lang,
      `Stratégie numérique responsable ${input.strategie.periode.debut}–${input.strategie.periode.fin}`,
      `Responsible digital strategy ${input.strategie.periode.debut}–${input.strategie.periode.fin}`,
    ),
    subtitle: input.collectivite.nom,
    sections: [
      collectiviteSection(input.collectivite, input.programme, input.strategie, lang),
      programmeSection(input.programme, lang),
      strategySection(input.strategie, lang, strategyDetailSections),
      findingsSection(input.constats, lang, input.nonVerifies),
      methodologySection(provenance, lang, eco),
    ],
  });
  return renderDocument(compose, format, lang, provenance, () => ({ kind: "strategie", inputs: input }), fragment);
}
