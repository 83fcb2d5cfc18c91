import type { Lang } from "@nrs/core";
import { num } from "./published-number.js";

// `@nrs/indicators` writes a value's formula with its operands as plain decimals ("1031.88501027 / 168");
// the document writes them as it writes every figure: locale format, publication rounding
// (« 1 031,89 / 168 »).
const NUMBER = /(?<![\p{L}\d.])\d+(?:\.\d+)?(?![\p{L}\d])/gu;

/** The formula with every number written in the document's locale and rounded for publication. */
export function localisedFormula(formula: string, lang: Lang): string {
  return formula.replace(NUMBER, (n) => num(n, lang));
}
