import { NrsError, problem } from "@nrs/core";
import { catalogue } from "./catalogue.js";
import type { ComputeIndicatorsOptions } from "./compute/compute-options.js";
import { skip, type Ctx } from "./compute/context.js";
import { DATASET_COMPUTERS } from "./compute/dataset-computers.js";
import { parseIndicatorData } from "./compute/parse-indicator-data.js";
import type { IndicatorData } from "./indicator-data.js";
import type { IndicatorResults } from "./indicator-value.js";

/**
 * Computes every computable indicator of the {@link catalogue} for one year (and one entity, or all
 * records), each value with its provenance (records used, formula with the numbers, data quality,
 * notes), and lists every other indicator of the catalogue in `notComputed` with the reason (collected
 * by hand, data missing, zero denominator). Never a NaN, never a silent zero: a missing dataset gives
 * « not computed », not 0. Every record is first checked against its schema (option `validate`);
 * throws an `NrsError` (`@nrs/core`) with every bad record's path (`["purchases", 3, "amount"]`) and
 * line, for a bad option, or for a negative agents or population count.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { computeIndicators } from "@nrs/indicators";
 * const r = computeIndicators({
 *   agents: 200,
 *   purchases: [
 *     { date: "2024-02-01", category: "informatique-telephonie", amount: new Decimal(50000), reuseAmount: new Decimal(7500), line: 2 },
 *   ],
 *   openData: [
 *     { dataset: "Délibérations", published: true, schema: "scdl/deliberations", line: 2 },
 *     { dataset: "Agenda", published: true, line: 3 },
 *   ],
 * }, { year: 2024 });
 * const share = r.values.find((v) => v.code === "part-achats-reemploi");
 * console.log(share?.value.toString(), share?.reference?.met); // 15 false
 * console.log(r.values.find((v) => v.code === "part-donnees-schema")?.value.toString()); // 50
 * console.log(r.notComputed.find((n) => n.code === "pue")?.reason); // DONNEES_ABSENTES
 * ```
 */
export function computeIndicators(data: IndicatorData, options: ComputeIndicatorsOptions): IndicatorResults {
  const year = options.year;
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new NrsError([problem("NRS_INVALID_OPTION", ["year"], `Année invalide : ${String(year)}.`, `Invalid year: ${String(year)}.`)]);
  }
  const parsed = parseIndicatorData(data, options.validate !== false);
  const ctx: Ctx = { year, entity: options.entity ?? "*", data: parsed, options, values: [], notComputed: [], problems: [] };
  for (const computer of DATASET_COMPUTERS) computer.compute(ctx);
  const done = new Set([...ctx.values.map((v) => v.code), ...ctx.notComputed.map((n) => n.code)]);
  for (const d of catalogue) {
    if (done.has(d.code)) continue;
    skip(ctx, [d.code], "COLLECTE", {
      fr: "Indicateur saisi, non calculé : sa valeur vient du bilan.",
      en: "Collected indicator, not computed: its value comes from the bilan.",
    });
  }
  return { year, entity: ctx.entity, values: ctx.values, notComputed: ctx.notComputed, problems: ctx.problems };
}
