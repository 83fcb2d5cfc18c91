import { Exact } from "@nrs/core";
import type { Stage } from "../impact/criteria.js";
import type { GeneratedRow } from "./generated-factor-pack.js";

/** A figure of ADEME's model in gCO2e: the value, or `[mean, min, max]` where ADEME averages two technologies. */
export type AdemeGrams = string | readonly [mean: string, min: string, max: string];

/**
 * One device of ADEME's model (`acv . <rule>`), as the generator reads it: `[item, rule, label fr,
 * label en, ADEME's description ("" if none), manufacturing, distribution, end of life (gCO2e),
 * lifetime (an), power (W), hours of use per day (h/jour)]`; the last three are absent for devices the
 * model gives no use of their own (power supplies); "" stands for one absent before a present one.
 */
export type AdemeDevice = readonly [
  item: string, rule: string, labelFr: string, labelEn: string, description: string,
  manufacturing: AdemeGrams, distribution: AdemeGrams, endOfLife: AdemeGrams,
  lifetime?: string, power?: string, hoursPerDay?: string,
];

/** Where each embodied stage sits in ADEME's model, and the suffix of the row id. */
export const ADEME_STAGES: readonly (readonly [rule: string, stage: Stage, tag: string])[] = [
  ["carbone . fabrication", "manufacturing", "fab"],
  ["carbone . distribution", "distribution", "dist"],
  ["carbone . fin de vie", "endOfLife", "eol"],
];

/** Where each use parameter sits in ADEME's model, with ADEME's unit, the pack's unit and the id suffix. */
export const ADEME_PARAMETERS: readonly (readonly [rule: string, criterion: "lifetime" | "power" | "hoursPerDay", ademeUnit: string, unit: string, tag: string])[] = [
  ["durée de vie théorique", "lifetime", "an", "year", "lifetime"],
  ["consommation en mode actif", "power", "W", "W", "power"],
  ["profil utilisation théorique", "hoursPerDay", "h/jour", "h/day", "hours"],
];

/**
 * Expands the ADEME devices into pack rows (kgCO2e per unit for the three embodied stages, then
 * lifetime, power and hours per day), each citing the exact rule of ADEME's model it was read from.
 * The generator builds its rows with this very function, so the shipped module only carries the figures.
 */
export function ademeDeviceRows(devices: readonly AdemeDevice[], urlPrefix: string, source: string, licence: string, year: number): GeneratedRow[] {
  // Grams to kilograms: the source figures have few digits, so the division is exact.
  const kg = (g: string): string => new Exact(g).div(1000).toFixed();
  const rows: GeneratedRow[] = [];
  for (const [item, rule, fr, en, description, ...figures] of devices) {
    const url = (suffix: string): string => `${urlPrefix}acv . ${rule} . ${suffix}`;
    ADEME_STAGES.forEach(([suffix, stage, tag], i) => {
      const g = figures[i] as AdemeGrams;
      const [value, min, max] = typeof g === "string" ? [g, "", ""] : g;
      const notes = [`valeur source ${value} gCO2e`];
      if (min !== "") notes.push("moyenne de deux technologies ; min/max = les deux valeurs");
      const first = stage === "manufacturing";
      if (first && description !== "") notes.push(`ADEME : « ${description} »`);
      rows.push([
        `dev-${item}-gwp-${tag}`, item, "gwp", stage, kg(value), "kgCO2e/unit", source, url(suffix), year, "FR", licence,
        notes.join(" ; "), first ? fr : "", first ? en : "", min === "" ? "" : kg(min), max === "" ? "" : kg(max),
      ]);
    });
    ADEME_PARAMETERS.forEach(([suffix, criterion, , unit, tag], i) => {
      const value = figures[3 + i] as string | undefined;
      if (!value) return;
      rows.push([`dev-${item}-${tag}`, item, criterion, "", value, unit, source, url(suffix), year, "FR", licence, `ADEME : « ${suffix} »`]);
    });
  }
  return rows;
}
