import type { Provenance } from "./provenance.js";
import type { DocumentEcoIndex } from "./report-ecoindex.js";
import type { ReportFormat } from "./report-input.js";

/** A rendered document. */
export interface RenderedReport {
  readonly format: ReportFormat;
  /** `text/html; charset=utf-8`, `text/markdown; charset=utf-8` or `application/json`. */
  readonly mediaType: string;
  /** The document. */
  readonly content: string;
  readonly provenance: Provenance;
  /** The HTML document's own EcoIndex (HTML only; the document states it too). */
  readonly ecoIndex?: DocumentEcoIndex | undefined;
}
