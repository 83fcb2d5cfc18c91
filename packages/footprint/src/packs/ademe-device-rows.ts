import { Exact } from "@nrs/core";
import type { Stage } from "../impact/criteria.js";
import type { GeneratedNotes, GeneratedRow } from "./generated-factor-pack.js";

/** A figure of ADEME's model in gCO2e: the value, or `[mean, min, max]` where ADEME averages two technologies. */
export type AdemeGrams = string | readonly [mean: string, min: string, max: string];

/**
 * One device of ADEME's model (`acv . <rule>`), as the generator reads it: `[item, rule, manufacturing,
 * distribution, end of life (gCO2e), lifetime (an), power (W), hours of use per day (h/jour)]`; the last
 * three are absent for devices the model gives no use of their own (power supplies); "" stands for one
 * absent before a present one. Its labels and ADEME's description are an {@link AdemeDeviceText}.
 */
export type AdemeDevice = readonly [
  item: string, rule: string, manufacturing: AdemeGrams, distribution: AdemeGrams, endOfLife: AdemeGrams,
  lifetime?: string, power?: string, hoursPerDay?: string,
];

/** The French and English label of an ADEME device and ADEME's description of it ("" if none). */
export type AdemeDeviceText = readonly [labelFr: string, labelEn: string, description: string];

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
  for (const [item, rule, ...figures] of devices) {
    const url = (suffix: string): string => `${urlPrefix}acv . ${rule} . ${suffix}`;
    ADEME_STAGES.forEach(([suffix, stage, tag], i) => {
      const [value, min, max] = grams(figures[i] as AdemeGrams);
      rows.push([
        `dev-${item}-gwp-${tag}`, item, "gwp", stage, kg(value), "kgCO2e/unit", source, url(suffix), year, "FR", licence,
        min === "" ? "" : kg(min), max === "" ? "" : kg(max),
      ]);
    });
    ADEME_PARAMETERS.forEach(([suffix, criterion, , unit, tag], i) => {
      const value = figures[3 + i] as string | undefined;
      if (value) rows.push([`dev-${item}-${tag}`, item, criterion, "", value, unit, source, url(suffix), year, "FR", licence]);
    });
  }
  return rows;
}

const grams = (g: AdemeGrams): readonly [string, string, string] => (typeof g === "string" ? [g, "", ""] : g);

/**
 * The notes and labels of {@link ademeDeviceRows}' rows, in the same order: the source figure in grams,
 * ADEME's description on the manufacturing row (which also carries the device's label), and the rule a
 * use parameter was read from.
 */
export function ademeDeviceNotes(devices: readonly AdemeDevice[], texts: readonly AdemeDeviceText[]): GeneratedNotes[] {
  const notes: GeneratedNotes[] = [];
  devices.forEach(([, , ...figures], d) => {
    const [fr, en, description] = texts[d] ?? ["", "", ""];
    ADEME_STAGES.forEach(([, stage], i) => {
      const [value, min] = grams(figures[i] as AdemeGrams);
      const n = [`valeur source ${value} gCO2e`];
      if (min !== "") n.push("moyenne de deux technologies ; min/max = les deux valeurs");
      const first = stage === "manufacturing";
      if (first && description !== "") n.push(`ADEME : « ${description} »`);
      notes.push(first ? [n.join(" ; "), fr, en] : [n.join(" ; ")]);
    });
    ADEME_PARAMETERS.forEach(([suffix], i) => {
      if (figures[3 + i]) notes.push([`ADEME : « ${suffix} »`]);
    });
  });
  return notes;
}
