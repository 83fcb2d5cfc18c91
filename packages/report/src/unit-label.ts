import type { Lang } from "@nrs/core";

// Factor packs write their units in English symbols (`kgCO2e/unit`, `h/day`, `year`): the document writes
// them in its own language. Symbols that read the same in both (kgCO2e, kWh, W, %) pass through.
const UNITS: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
  "kgCO2e/unit": { fr: "kgCO2e/unité", en: "kgCO2e/unit" },
  "h/day": { fr: "h/jour", en: "h/day" },
  year: { fr: "an", en: "year" },
  years: { fr: "ans", en: "years" },
  ratio: { fr: "ratio", en: "ratio" },
  "W/vCPU": { fr: "W/vCPU", en: "W/vCPU" },
  "kWh/GB-h": { fr: "kWh/Go-h", en: "kWh/GB-h" },
  "Wh/TB-h": { fr: "Wh/To-h", en: "Wh/TB-h" },
  "kWh/GB": { fr: "kWh/Go", en: "kWh/GB" },
  "kgCO2e/GB": { fr: "kgCO2e/Go", en: "kgCO2e/GB" },
  "kWh/year": { fr: "kWh/an", en: "kWh/year" },
};

/** A unit as the document writes it in `lang` (unknown units are written as given). */
export function unitLabel(unit: string, lang: Lang): string {
  return UNITS[unit]?.[lang] ?? unit;
}
