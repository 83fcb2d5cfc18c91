import { Decimal } from "decimal.js";
import { ecoIndex, type EcoIndexResult } from "@nrs/footprint";
import { utf8Bytes } from "./sha256.js";

/** The EcoIndex of a rendered HTML document, and the three measures it was computed from. */
export interface DocumentEcoIndex {
  /** Elements in the document (every start tag: the DOM the browser builds, SVG included). */
  readonly dom: number;
  /** One: the document itself (CSS, charts and icon are inline). */
  readonly requests: 1;
  /** UTF-8 size in kilobytes of 1 024 bytes, uncompressed (what a plain file server sends). */
  readonly sizeKb: Decimal;
  readonly result: EcoIndexResult;
}

/**
 * Measures a self-contained HTML document and computes its EcoIndex with `@nrs/footprint`'s `ecoIndex`.
 * Counting `<` followed by a letter gives the element count because every data string is escaped
 * (`<` never appears unescaped in text) and the document has no comment or script.
 *
 * @example
 * ```ts
 * import { measureHtmlEcoIndex } from "@nrs/report";
 * const e = measureHtmlEcoIndex("<!DOCTYPE html><html><head><title>x</title></head><body><p>a &lt; b</p></body></html>");
 * if (e.dom !== 5) throw new Error(String(e.dom));
 * console.log(e.result.grade); // A
 * ```
 */
export function measureHtmlEcoIndex(document: string): DocumentEcoIndex {
  const dom = (document.match(/<[a-zA-Z]/g) ?? []).length;
  const sizeKb = new Decimal(utf8Bytes(document).length).dividedBy(1024);
  return { dom, requests: 1, sizeKb, result: ecoIndex({ dom, requests: 1, sizeKb }) };
}
