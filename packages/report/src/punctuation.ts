import type { Lang } from "@nrs/core";

// French puts a no-break space before « : » and « ; » (and it must not wrap to the next line);
// English puts none.
export const colon = (lang: Lang): string => (lang === "fr" ? "\u00A0: " : ": ");
export const semicolon = (lang: Lang): string => (lang === "fr" ? "\u00A0; " : "; ");
