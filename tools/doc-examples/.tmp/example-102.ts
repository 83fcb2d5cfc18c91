import type { Libelle } from "@nrs/model";
const f = (l: Libelle, lang: "fr" | "en"): string => (lang === "en" ? l.en ?? l.fr : l.fr);
__nrsLog(0, typeof f); // "function"
export {};
