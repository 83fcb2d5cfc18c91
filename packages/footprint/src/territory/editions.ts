import type { TerritorySegment } from "./segments.js";

/**
 * The editions of the ADEME–Arcep assessment a territory can be downscaled from, and the study years
 * each one covers: `"2025"` is the January 2025 update (2022 figures, and 2020 re-estimated with its
 * method, which counts data centres abroad serving French use); `"2022"` is the first edition (2020
 * figures, data centres in France only).
 *
 * @example
 * ```ts
 * import { TERRITORY_EDITIONS } from "@nrs/footprint";
 * console.log(Object.keys(TERRITORY_EDITIONS["2025"]).join(", ")); // "2020, 2022"
 * ```
 */
export const TERRITORY_EDITIONS = {
  "2025": { 2022: "aa2025-y2022", 2020: "aa2025-y2020" },
  "2022": { 2020: "aa2022-y2020" },
} as const satisfies Record<string, Readonly<Record<number, string>>>;

/** An edition of the assessment: see {@link TERRITORY_EDITIONS}. */
export type TerritoryEdition = keyof typeof TERRITORY_EDITIONS;

/** The edition used when none is given: the latest. @internal */
export const DEFAULT_TERRITORY_EDITION: TerritoryEdition = "2025";

/** Row ids of one edition and year in the territory pack. @internal */
export function editionRowIds(prefix: string): { readonly total: string; readonly shares: Readonly<Record<TerritorySegment, string>> } {
  return {
    total: `${prefix}-total`,
    shares: { terminaux: `${prefix}-terminaux`, reseaux: `${prefix}-reseaux`, centresDeDonnees: `${prefix}-centresDeDonnees` },
  };
}

/** Row ids of France's denominators (population, households, fixed subscriptions) by study year. @internal */
export const DENOMINATOR_ROWS: Readonly<Record<"population" | "menages" | "abonnementsFixes", Readonly<Record<number, string>>>> = {
  population: { 2022: "insee-pop-2022", 2020: "insee-pop-2020" },
  menages: { 2022: "insee-menages-rp2022" },
  abonnementsFixes: { 2022: "arcep-abonnements-fixes-2022" },
};

/**
 * The study year to use for a reporting year: the latest year of `edition` not after `reportYear`
 * (a bilan of 2025 uses the 2022 figures of the January 2025 update). `undefined` when the edition
 * has no year that early.
 *
 * @example
 * ```ts
 * import { territoryStudyYear } from "@nrs/footprint";
 * console.log(territoryStudyYear(2025), territoryStudyYear(2021), territoryStudyYear(2019)); // 2022 2020 undefined
 * ```
 */
export function territoryStudyYear(reportYear: number, edition: TerritoryEdition = DEFAULT_TERRITORY_EDITION): number | undefined {
  const years = Object.keys(TERRITORY_EDITIONS[edition])
    .map(Number)
    .filter((y) => y <= reportYear);
  return years.length === 0 ? undefined : Math.max(...years);
}
