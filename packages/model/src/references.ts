/**
 * The legal texts the model and its checks rest on, as short citations. Findings carry one of these in
 * their `ref`; sources and confidence are detailed in the project's DOMAIN-SOURCES notes.
 *
 * @example
 * ```ts
 * import { REFERENCES } from "@nrs/model";
 * console.log(REFERENCES.decretSnr); // "CGCT art. D. 2311-15-1 (décret n° 2022-1084)"
 * ```
 */
export const REFERENCES = {
  /** Who must adopt an SNR, and the 2023 / 2025 deadlines. */
  loiReen: "Loi n° 2021-1485 du 15 novembre 2021 (REEN), art. 35, I",
  /** Content of the programme de travail and of the strategy; the six axes. */
  decretSnr: "CGCT art. D. 2311-15-1 (décret n° 2022-1084)",
  /** The bilan annuel belongs to the rapport sur la situation en matière de développement durable. */
  rapportDd: "CGCT art. L. 2311-1-1 ; art. D. 2311-15",
  /** Population figure used by default for CGCT thresholds. */
  populationTotale: "CGCT art. R. 2151-2",
  /** Open data by default for collectivités of at least 3,500 inhabitants and 50 FTE. */
  openData: "CRPA art. L. 312-1-1 (loi n° 2016-1321, art. 6) ; décret n° 2016-1922",
  /** Minimum share of purchases from reuse, re-use or recycled materials. */
  agec58: "Loi n° 2020-105 (AGEC), art. 58 ; décret n° 2021-254 (refondu par le décret n° 2024-134)",
  /** Share of retired IT equipment sent to reuse. */
  decret2023266: "Décret n° 2023-266 du 12 avril 2023 (loi n° 2021-1485, art. 16)",
  /** Digital accessibility of public bodies' services. */
  rgaa: "Loi n° 2005-102, art. 47 ; décret n° 2019-768 (RGAA 4.1)",
} as const;
