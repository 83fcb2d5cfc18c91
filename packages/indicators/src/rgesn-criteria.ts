import type { Message } from "@nrs/core";

/**
 * Priority of an RGESN 2024 criterion.
 *
 * @example
 * ```ts
 * import { RGESN_WEIGHTS, type RgesnPriority } from "@nrs/indicators";
 * const p: RgesnPriority = "Recommandé";
 * console.log(RGESN_WEIGHTS[p]); // 1.25
 * ```
 */
export type RgesnPriority = "Prioritaire" | "Recommandé" | "Modéré";

/**
 * One of the nine RGESN 2024 thematics, numbered in lifecycle order (1 Stratégie … 9 Algorithmie).
 *
 * @example
 * ```ts
 * import { RGESN_THEMATICS, type RgesnThematic } from "@nrs/indicators";
 * const t: RgesnThematic | undefined = RGESN_THEMATICS[7];
 * console.log(t?.number, t?.label.fr); // 8 Hébergement
 * ```
 */
export interface RgesnThematic {
  /** 1 to 9. */
  readonly number: number;
  /** Name in French (official) and English. */
  readonly label: Message;
}

/**
 * One RGESN 2024 criterion as data: id (`<thematic>.<n>`), thematic number, priority, weight of the
 * official score, and whether it applies to every service (then it may not be « Non applicable »).
 * The wording of the criteria is not shipped: the licence of the 2024 text is unconfirmed.
 *
 * @example
 * ```ts
 * import { RGESN_CRITERIA } from "@nrs/indicators";
 * const c = RGESN_CRITERIA.find((x) => x.id === "8.3");
 * console.log(c?.priority, c?.weight.toString(), c?.appliesToAll); // Prioritaire 1.5 false
 * ```
 */
export interface RgesnCriterion {
  /** `<thematic>.<n>`, e.g. `4.1`. */
  readonly id: string;
  /** Thematic number (1–9). */
  readonly thematic: number;
  /** Prioritaire, Recommandé or Modéré. */
  readonly priority: RgesnPriority;
  /** 1.5 (Prioritaire), 1.25 (Recommandé) or 1 (Modéré), as a decimal string. */
  readonly weight: string;
  /** « Applicable à tous les services »: cannot be « Non applicable ». */
  readonly appliesToAll: boolean;
}

/**
 * The nine thematics of the RGESN 2024.
 *
 * @example
 * ```ts
 * import { RGESN_THEMATICS } from "@nrs/indicators";
 * console.log(RGESN_THEMATICS.map((t) => t.label.fr).join(", "));
 * ```
 */
export const RGESN_THEMATICS: readonly RgesnThematic[] = [
  { number: 1, label: { fr: "Stratégie", en: "Strategy" } },
  { number: 2, label: { fr: "Spécifications", en: "Specifications" } },
  { number: 3, label: { fr: "Architecture", en: "Architecture" } },
  { number: 4, label: { fr: "Expérience et interface utilisateur", en: "User experience and interface" } },
  { number: 5, label: { fr: "Contenus", en: "Contents" } },
  { number: 6, label: { fr: "Frontend", en: "Frontend" } },
  { number: 7, label: { fr: "Backend", en: "Backend" } },
  { number: 8, label: { fr: "Hébergement", en: "Hosting" } },
  { number: 9, label: { fr: "Algorithmie", en: "Algorithms" } },
];

/**
 * Weights of the official « score d'avancement » (RGESN 2024 PDF p. 8).
 *
 * @example
 * ```ts
 * import { RGESN_WEIGHTS } from "@nrs/indicators";
 * console.log(RGESN_WEIGHTS.Prioritaire); // 1.5
 * ```
 */
export const RGESN_WEIGHTS: Readonly<Record<RgesnPriority, string>> = { Prioritaire: "1.5", Recommandé: "1.25", Modéré: "1" };

// id:priority:applicability — P Prioritaire, R Recommandé, M Modéré; A « Applicable à tous les services »,
// N « N/A si … ». Transcribed from DISIC/MiNumEco `_data/referentiel-ecoconception.json` (78 entries,
// the data file of the RGESN 2024 published by Arcep/Arcom with ADEME on ecoresponsable.numerique.gouv.fr),
// fields `numero`, `priorite`, `cible`. Only these facts are kept, not the text.
const TABLE =
  "1.1:P:A 1.2:P:A 1.3:R:A 1.4:P:A 1.5:P:A 1.6:R:A 1.7:M:N 1.8:R:A 1.9:P:A 1.10:R:N " +
  "2.1:P:A 2.2:P:A 2.3:R:A 2.4:P:N 2.5:P:N 2.6:R:A 2.7:P:A 2.8:P:N 2.9:M:N 2.10:P:N " +
  "3.1:P:N 3.2:R:N 3.3:M:N 3.4:P:N 3.5:M:N 3.6:M:N 3.7:M:N " +
  "4.1:P:A 4.2:P:N 4.3:R:N 4.4:R:N 4.5:M:A 4.6:R:A 4.7:M:A 4.8:M:N 4.9:M:N 4.10:M:N 4.11:M:N 4.12:R:N 4.13:P:N 4.14:R:N 4.15:R:N " +
  "5.1:R:N 5.2:R:N 5.3:P:N 5.4:P:N 5.5:P:N 5.6:M:N 5.7:M:N 5.8:R:N " +
  "6.1:R:N 6.2:R:N 6.3:M:N 6.4:R:N 6.5:R:N 6.6:M:N 6.7:M:N " +
  "7.1:R:N 7.2:R:N 7.3:M:N 7.4:P:N " +
  "8.1:P:N 8.2:P:N 8.3:P:N 8.4:R:N 8.5:R:N 8.6:R:N 8.7:R:N 8.8:M:N 8.9:R:N 8.10:R:N " +
  "9.1:P:A 9.2:P:N 9.3:P:N 9.4:P:N 9.5:P:N 9.6:R:N 9.7:P:N";

const PRIORITY: Readonly<Record<string, RgesnPriority>> = { P: "Prioritaire", R: "Recommandé", M: "Modéré" };

/**
 * The 78 criteria of the RGESN 2024 (Arcep/Arcom with ADEME, May 2024) with thematic, priority,
 * weight and applicability. Source: the official data file `_data/referentiel-ecoconception.json` of
 * ecoresponsable.numerique.gouv.fr (repository DISIC/MiNumEco, Etalab-2.0 / MIT), checked against the
 * counts of the RGESN PDF and spreadsheet (30 / 29 / 19 by priority, 18 applicable to every service,
 * maximum weighted total 100.25).
 *
 * @example
 * ```ts
 * import { RGESN_CRITERIA } from "@nrs/indicators";
 * console.log(RGESN_CRITERIA.length, RGESN_CRITERIA.filter((c) => c.appliesToAll).length); // 78 18
 * ```
 */
export const RGESN_CRITERIA: readonly RgesnCriterion[] = TABLE.split(" ").map((entry) => {
  const [id = "", p = "", a = ""] = entry.split(":");
  const priority = PRIORITY[p] ?? "Modéré";
  return { id, thematic: Number(id.split(".")[0]), priority, weight: RGESN_WEIGHTS[priority], appliesToAll: a === "A" };
});

/**
 * A cited reference text and the data file it was read from.
 *
 * @example
 * ```ts
 * import { RGESN_SOURCE, type RgesnSourceInfo } from "@nrs/indicators";
 * const s: RgesnSourceInfo = RGESN_SOURCE;
 * console.log(s.data);
 * ```
 */
export interface RgesnSourceInfo {
  /** Title of the reference. */
  readonly title: string;
  /** Where it is published. */
  readonly url: string;
  /** The data file the criteria were transcribed from. */
  readonly data: string;
}

/**
 * Where the RGESN data comes from (cited by the score's provenance).
 *
 * @example
 * ```ts
 * import { RGESN_SOURCE } from "@nrs/indicators";
 * console.log(RGESN_SOURCE.url);
 * ```
 */
export const RGESN_SOURCE: RgesnSourceInfo = {
  title: "Référentiel général de l'écoconception des services numériques (RGESN), version 2024 — Arcep, Arcom, ADEME",
  url: "https://ecoresponsable.numerique.gouv.fr/publications/referentiel-general-ecoconception/",
  data: "DISIC/MiNumEco _data/referentiel-ecoconception.json (78 criteria)",
};
