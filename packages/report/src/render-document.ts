import { msg, NrsError, problem, toJson, type Lang } from "@nrs/core";
import type { ReportDocument } from "./document.js";
import { ecoIndexText } from "./compose-methodology.js";
import { measureHtmlEcoIndex, type DocumentEcoIndex } from "./report-ecoindex.js";
import type { Provenance } from "./provenance.js";
import type { RenderOptions, ReportFormat } from "./report-input.js";
import type { RenderedReport } from "./rendered-report.js";
import { writeHtml } from "./render-html.js";
import { writeMarkdown } from "./render-markdown.js";

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export function checkOptions(options: RenderOptions): { format: ReportFormat; lang: Lang; generatedAt: string } {
  const format = options.format ?? "html";
  const lang = options.lang ?? "fr";
  const problems = [];
  if (!["html", "markdown", "json"].includes(format)) problems.push({ code: "NRS_REPORT_BAD_FORMAT", severity: "error" as const, path: ["format"], message: msg(`Format inconnu « ${String(format)} » (html, markdown ou json).`, `Unknown format "${String(format)}" (html, markdown or json).`) });
  if (lang !== "fr" && lang !== "en") problems.push({ code: "NRS_REPORT_BAD_LANG", severity: "error" as const, path: ["lang"], message: msg(`Langue inconnue « ${String(lang)} » (fr ou en).`, `Unknown language "${String(lang)}" (fr or en).`) });
  if (options.generatedAt !== undefined && !ISO.test(options.generatedAt)) problems.push({ code: "NRS_REPORT_BAD_DATE", severity: "error" as const, path: ["generatedAt"], message: msg("Date de génération ISO 8601 attendue.", "ISO 8601 generation date expected.") });
  if (problems.length > 0) throw new NrsError(problems);
  return { format, lang, generatedAt: options.generatedAt ?? new Date().toISOString() };
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
): RenderedReport {
  if (format === "json") {
    return { format, mediaType: "application/json", content: toJson({ format: "nrs-report/1", lang, provenance, ...(json() as object) }) + "\n", provenance };
  }
  if (format === "markdown") return { format, mediaType: "text/markdown; charset=utf-8", content: writeMarkdown(compose(undefined)), provenance };
  let text = "";
  let measured: DocumentEcoIndex | undefined;
  let content = writeHtml(compose(text));
  for (let round = 0; round < 10; round++) {
    measured = measureHtmlEcoIndex(content);
    const next = ecoIndexText(measured, lang);
    if (next === text) return { format, mediaType: "text/html; charset=utf-8", content, provenance, ecoIndex: measured };
    text = next;
    content = writeHtml(compose(text));
  }
  throw new NrsError([problem("NRS_REPORT_ECOINDEX_UNSTABLE", [], "L'EcoIndex du document ne se stabilise pas.", "The document's EcoIndex does not settle.")]);
}
