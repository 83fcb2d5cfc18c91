import { indicatorDefinition } from "../catalogue.js";
import type { IndicatorResults } from "../indicator-value.js";
import type { CompareSubject, SubjectValue } from "./compare-subject.js";

/**
 * A comparison subject from the indicators computed for a collectivité (by `computeIndicators`):
 * one value per catalogue code, keyed by the code, in the catalogue's unit.
 *
 * @example
 * ```ts
 * import { computeIndicators, subjectFromResults } from "@nrs/indicators";
 * const results = computeIndicators({ openData: [{ dataset: "x", published: true }] }, { year: 2025 });
 * const s = subjectFromResults(results, { id: "217500016", name: "Fictiville", type: "COMMUNE", population: 60000, source: { kind: "projet", label: "fictiville/" } });
 * console.log(s.year, s.values.map((v) => v.key)); // 2025 ["part-donnees-schema"]
 * ```
 */
export function subjectFromResults(results: IndicatorResults, info: Omit<CompareSubject, "year" | "values">): CompareSubject {
  const values: SubjectValue[] = results.values.map((v) => {
    const def = indicatorDefinition(v.code);
    return { key: v.code, code: v.code, label: def?.label ?? { fr: v.code, en: v.code }, unit: v.unit, value: v.value };
  });
  return { ...info, year: results.year, values };
}
