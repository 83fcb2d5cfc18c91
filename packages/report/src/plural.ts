import type { Lang } from "@nrs/core";
import { num } from "./published-number.js";

/** Singular and plural of a noun, in French and English (`{ fr: ["objectif", "objectifs"], en: [...] }`). */
export interface PluralForms {
  readonly fr: readonly [string, string];
  readonly en: readonly [string, string];
}

// French takes the singular for 0 and 1 (« 0 objectif », « 1 objectif »), English only for 1.
/** `7 objectifs`, `1 objective`: the count in the document's number format, then the noun in the right form. */
export function countOf(n: number, forms: PluralForms, lang: Lang): string {
  const singular = lang === "fr" ? n < 2 : n === 1;
  return `${num(n, lang)}\u00A0${forms[lang][singular ? 0 : 1]}`;
}
