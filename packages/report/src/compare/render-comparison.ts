import { toJson, type Lang } from "@nrs/core";
import type { CollectivitesComparison } from "@nrs/indicators";
import { writeHtml } from "../render-html.js";
import { writeMarkdown } from "../render-markdown.js";
import { checkOptions } from "../render-document.js";
import type { ReportFormat } from "../report-input.js";
import { composeComparison } from "./compose-comparison.js";

/**
 * Options of {@link renderComparison}.
 *
 * @example
 * ```ts
 * import type { ComparisonRenderOptions } from "@nrs/report";
 * const o: ComparisonRenderOptions = { format: "markdown", lang: "en", focus: "217500016" };
 * console.log(o.format);
 * ```
 */
export interface ComparisonRenderOptions {
  /** `html` (default), `markdown` or `json`. */
  readonly format?: ReportFormat;
  /** `fr` (default) or `en`. */
  readonly lang?: Lang;
  /** Id of the collectivité to highlight on the charts. */
  readonly focus?: string;
  /** ISO date of generation (default: now). */
  readonly generatedAt?: string;
}

/**
 * Renders a comparison of collectivités ({@link compareCollectivites} of `@nrs/indicators`) as a
 * self-contained, scriptless HTML page, Markdown or JSON, in French or English: per indicator, a
 * box-and-strip plot of the distribution with every value written out, a table with each
 * collectivité's rank, value (and raw value and denominator when normalised) and quartile, then the
 * source and date of every compared file, and what could not be compared and why.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { compareCollectivites } from "@nrs/indicators";
 * import { renderComparison } from "@nrs/report";
 * const s = (id: string, v: number) => ({ id, name: `Ville ${id}`, year: 2025, source: { kind: "projet" as const, label: `${id}/` },
 *   values: [{ key: "part-achats-reemploi", code: "part-achats-reemploi", label: { fr: "Part de réemploi", en: "Reuse share" }, unit: "%", value: new Decimal(v) }] });
 * const page = renderComparison(compareCollectivites([s("A", 12), s("B", 25)]), { format: "markdown", generatedAt: "2026-06-30" });
 * console.log(page.split("\n")[0]); // # Comparaison entre collectivités — 2025
 * ```
 */
export function renderComparison(comparison: CollectivitesComparison, options: ComparisonRenderOptions = {}): string {
  const { format, lang, generatedAt } = checkOptions(options);
  if (format === "json") return toJson({ format: "nrs-comparison/1", lang, generatedAt, comparison }) + "\n";
  const doc = composeComparison(comparison, lang, options.focus, generatedAt);
  return format === "markdown" ? writeMarkdown(doc) : writeHtml(doc);
}
