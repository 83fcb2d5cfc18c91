import { indicatorLines } from "./compose-bilan.js";
import { NrsError } from "@nrs/core";
import { parseBilanReportInput } from "./parse-bilan-report-input.js";
import { bilanProvenance, composeBilan } from "./render-bilan.js";
import { checkOptions } from "./render-document.js";
import type { Provenance } from "./provenance.js";
import type { BilanReportInput, RenderOptions } from "./report-input.js";
import { writeDocx } from "./write-docx.js";

/** A bilan written as a .docx. */
export interface RenderedDocx {
  readonly format: "docx";
  readonly mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  /** The .docx file (a ZIP archive). */
  readonly content: Uint8Array;
  readonly provenance: Provenance;
}

/**
 * Renders the bilan annuel as a Word/LibreOffice document (.docx) that a collectivité inserts into its
 * rapport sur la situation en matière de développement durable: the same sections as `renderBilan`
 * (synthesis first), Word heading styles, tables with repeated header rows, the charts as native Word
 * charts, A4 pages numbered in the footer. Built with the `docx` library (MIT), loaded only by this
 * entry point (`@nrs/report/docx`). `format` may be omitted or `"docx"`; `lang` and `generatedAt` as
 * for `renderBilan` (the .docx records its own creation time, so two runs differ in those bytes).
 *
 * @example
 * ```ts
 * import { renderBilanDocx } from "@nrs/report/docx";
 * const collectivite = { type: "COMMUNE" as const, nom: "Ville-Exemple", siren: "212345672", codeInsee: "12345",
 *   population: { valeur: 60000, type: "totale" as const, millesime: 2024 } };
 * const ref = { siren: "212345672" };
 * const strategie = { collectivite: ref, version: "1", periode: { debut: 2025, fin: 2030 }, objectifs: [], indicateurs: [], mesures: [] };
 * const bilan = { collectivite: ref, annee: 2025, rapportDd: { exerciceBudgetaire: 2026, datePresentation: "2026-02-10" },
 *   valeurs: [], avancementMesures: [] };
 * const out = await renderBilanDocx({ collectivite, strategie, bilan } as never, { generatedAt: "2026-02-01" });
 * // A .docx is a ZIP archive: it starts with "PK".
 * console.log(out.content[0] === 0x50 && out.content[1] === 0x4b); // true
 * ```
 */
export async function renderBilanDocx(input: BilanReportInput, options: RenderOptions = {}): Promise<RenderedDocx> {
  const { lang, generatedAt } = checkOptions({ ...options, format: options.format ?? "docx" }, true);
  // Validated with the schemas, as before: the DOCX path is not budgeted, and docx weighs far more than zod.
  const checked = parseBilanReportInput(input);
  if (!checked.ok) throw new NrsError(checked.errors);
  const provenance = bilanProvenance(input, generatedAt);
  const content = await writeDocx(composeBilan(input, lang, provenance, undefined, indicatorLines(input, lang)));
  return { format: "docx", mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", content, provenance };
}
