import type { IndicatorDefinition } from "./indicator-definition.js";
import { FOOTPRINT_INDICATORS } from "./catalogue/footprint-indicators.js";
import { AXIS_1_INDICATORS } from "./catalogue/axis-1-commande-publique.js";
import { AXIS_2_INDICATORS } from "./catalogue/axis-2-cycle-de-vie.js";
import { AXIS_3_INDICATORS } from "./catalogue/axis-3-ecoconception.js";
import { AXIS_4_INDICATORS } from "./catalogue/axis-4-sensibilisation-agents.js";
import { AXIS_5_INDICATORS } from "./catalogue/axis-5-citoyens-inclusion.js";
import { AXIS_6_INDICATORS } from "./catalogue/axis-6-territoire-connecte.js";
import { GOVERNANCE_INDICATORS } from "./catalogue/governance-indicators.js";
import { TERRITORY_INDICATORS } from "./territory-catalogue.js";

// The rows, in the order of the axes (one file an axis, in ./catalogue/); `catalogue` below is their public, typed view.
const CATALOGUE = Object.freeze([
  ...FOOTPRINT_INDICATORS,
  ...AXIS_1_INDICATORS,
  ...AXIS_2_INDICATORS,
  ...AXIS_3_INDICATORS,
  ...AXIS_4_INDICATORS,
  ...AXIS_5_INDICATORS,
  ...AXIS_6_INDICATORS,
  ...GOVERNANCE_INDICATORS,
  ...TERRITORY_INDICATORS,
]);

/**
 * The code of an indicator of the {@link catalogue}, as a union of string literals: a code that is not
 * in the catalogue (a typo) does not compile. Adding a row to the catalogue adds its code here.
 *
 * @example
 * ```ts
 * import { isIndicatorCode, type IndicatorCode } from "@nrs/indicators";
 * const code: IndicatorCode = "pue";
 * console.log(code, isIndicatorCode("pue"), isIndicatorCode("peu")); // pue true false
 * ```
 */
export type IndicatorCode = (typeof CATALOGUE)[number]["code"];

/**
 * The indicator catalogue: the example indicators of the MiNumEco / Interconnectés operational
 * translation of décret 2022-1084 (2023, six objectives), the steering indicators of the MiNumEco
 * good-practice guide those objectives use, and the statutory ratios (AGEC art. 58, décret
 * 2023-266), each with a stable code, French and English labels, unit, direction, periodicity, axis,
 * sources, aggregation, and whether {@link computeIndicators} computes it or it is collected by hand.
 * The codes are those of `/work/plan/indicator-codes.md` and of the example strategy.
 *
 * @example
 * ```ts
 * import { catalogue } from "@nrs/indicators";
 * const computed = catalogue.filter((d) => d.computation === "computed");
 * console.log(catalogue.length, computed.length);
 * console.log(catalogue.find((d) => d.code === "pue")?.label.en); // Power usage effectiveness (PUE) of the hosting
 * ```
 */
export const catalogue: readonly IndicatorDefinition<IndicatorCode>[] = CATALOGUE;

const BY_CODE: ReadonlyMap<string, IndicatorDefinition<IndicatorCode>> = new Map(catalogue.map((d) => [d.code, d]));

/**
 * Whether a string is the code of an indicator of the {@link catalogue}.
 *
 * @example
 * ```ts
 * import { isIndicatorCode } from "@nrs/indicators";
 * console.log(isIndicatorCode("taux-reemploi-reforme"), isIndicatorCode("taux-reemploi")); // true false
 * ```
 */
export function isIndicatorCode(code: string): code is IndicatorCode {
  return BY_CODE.has(code);
}

/**
 * The catalogue entry of a code, or `undefined`.
 *
 * @example
 * ```ts
 * import { indicatorDefinition } from "@nrs/indicators";
 * console.log(indicatorDefinition("part-achats-reemploi")?.label.fr);
 * ```
 */
export function indicatorDefinition(code: string): IndicatorDefinition<IndicatorCode> | undefined {
  return BY_CODE.get(code);
}
