import { msg, NrsError, problem, toJsonValue, type Lang } from "@nrs/core";
import type { ReportDocument } from "./document.js";
import { ecoIndexText } from "./compose-methodology.js";
import { measureHtmlEcoIndex, type DocumentEcoIndex } from "./report-ecoindex.js";
import type { Provenance } from "./provenance.js";
import type { RenderOptions, ReportFormat } from "./report-input.js";
import type { RenderedReport } from "./rendered-report.js";
import { writeHtml } from "./render-html.js";
import { writeMarkdown } from "./render-markdown.js";

// eslint-disable-next-line no-restricted-syntax -- an ISO datetime (a day with an optional time and zone), which core's ISO day does not cover
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export function checkOptions(
  options: RenderOptions,
  docx = false,
): { format: ReportFormat; lang: Lang; generatedAt: string; fragment: boolean } {
  const format = options.format ?? "html";
  const lang = options.lang ?? "fr";
  const problems = [];
  if (format === "docx" && !docx)
    problems.push({
      code: "NRS_REPORT_DOCX_ENTRY",
      severity: "error" as const,
      path: ["format"],
      message: msg(
        "Le format docx est produit par renderBilanDocx de « @nrs/report/docx » (une entrée à part, pour que la bibliothèque DOCX ne pèse pas sur le HTML).",
        'The docx format is written by renderBilanDocx of "@nrs/report/docx" (a separate entry, so that the DOCX library does not weigh on the HTML path).',
      ),
    });
  else if (!["html", "markdown", "json", "docx"].includes(format))
    problems.push({
      code: "NRS_REPORT_BAD_FORMAT",
      severity: "error" as const,
      path: ["format"],
      message: msg(
        `Format inconnu « ${String(format)} » (html, markdown, json ou docx).`,
        `Unknown format "${String(format)}" (html, markdown, json or docx).`,
      ),
    });
  if (lang !== "fr" && lang !== "en")
    problems.push({
      code: "NRS_REPORT_BAD_LANG",
      severity: "error" as const,
      path: ["lang"],
      message: msg(`Langue inconnue « ${String(lang)} » (fr ou en).`, `Unknown language "${String(lang)}" (fr or en).`),
    });
  if (options.generatedAt !== undefined && !ISO.test(options.generatedAt))
    problems.push({
      code: "NRS_REPORT_BAD_DATE",
      severity: "error" as const,
      path: ["generatedAt"],
      message: msg("Date de génération ISO 8601 attendue.", "ISO 8601 generation date expected."),
    });
  if (options.fragment !== undefined && typeof options.fragment !== "boolean")
    problems.push({
      code: "NRS_REPORT_BAD_OPTION",
      severity: "error" as const,
      path: ["fragment"],
      message: msg("L'option fragment est vraie ou fausse.", "The fragment option is true or false."),
    });
  if (problems.length > 0) throw new NrsError(problems);
  return { format, lang, generatedAt: options.generatedAt ?? new Date().toISOString(), fragment: options.fragment === true };
}

/**
 * Renders a composed document. For HTML the document states its own EcoIndex, which depends on the
 * document's size: the text is recomputed until what it says equals what it measures (2–3 rounds; the
 * element count never changes, only a digit of the size can).
 */
export function renderDocument(
  compose: (ecoIndex: string | undefined) => ReportDocument,
  format: ReportFormat,
  lang: Lang,
  provenance: Provenance,
  json: () => unknown,
  fragment = false,
): RenderedReport {
  if (format === "json") {
    // The synthesis first, as in every format; the rest in toJson's sorted key order.
    const { synthese, ...rest } = json() as { synthese?: unknown };
    const body = toJsonValue({ format: "nrs-report/1", lang, provenance, ...rest }) as object;
    return {
      format,
      mediaType: "application/json",
      content: JSON.stringify(synthese === undefined ? body : { synthese: toJsonValue(synthese), ...body }, null, 2) + "\n",
      provenance,
    };
  }
  if (format === "markdown")
    return { format, mediaType: "text/markdown; charset=utf-8", content: writeMarkdown(compose(undefined)), provenance };
  let text = "";
  let measured: DocumentEcoIndex | undefined;
  const write = (doc: ReportDocument) => writeHtml(doc, fragment);
  let content = write(compose(text));
  for (let round = 0; round < 10; round++) {
    measured = measureHtmlEcoIndex(content);
    const next = ecoIndexText(measured, lang);
    if (next === text) return { format, mediaType: "text/html; charset=utf-8", content, provenance, ecoIndex: measured };
    text = next;
    content = write(compose(text));
  }
  throw new NrsError([
    problem("NRS_REPORT_ECOINDEX_UNSTABLE", [], "L'EcoIndex du document ne se stabilise pas.", "The document's EcoIndex does not settle."),
  ]);
}
