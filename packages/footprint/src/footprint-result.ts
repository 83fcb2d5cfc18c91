import { sumImpacts } from "./impact/impact-arithmetic.js";
import type { ImpactTable } from "./impact.js";
import { mergeTraces, type Trace } from "./trace.js";

/**
 * What every calculator returns: the impact table and the trace explaining it.
 *
 * @example
 * ```ts
 * import { emptyTrace, impactTable, type FootprintResult } from "@nrs/footprint";
 * const r: FootprintResult = { impacts: impactTable([{ criterion: "gwp", stage: "use", value: 1 }]), trace: emptyTrace() };
 * console.log(r.impacts.gwp?.use?.value.toString()); // "1"
 * ```
 */
export interface FootprintResult {
  readonly impacts: ImpactTable;
  readonly trace: Trace;
}

/**
 * Adds footprint results: impacts summed exactly (see `addImpacts`), traces merged (see `mergeTraces`).
 *
 * @example
 * ```ts
 * import { combineFootprints, emptyTrace, impactTable } from "@nrs/footprint";
 * const a = { impacts: impactTable([{ criterion: "gwp", stage: "use", value: "0.1" }]), trace: emptyTrace() };
 * const b = { impacts: impactTable([{ criterion: "gwp", stage: "use", value: "0.2" }]), trace: emptyTrace() };
 * console.log(combineFootprints([a, b]).impacts.gwp?.use?.value.toString()); // "0.3"
 * ```
 */
export function combineFootprints(results: Iterable<FootprintResult>): FootprintResult {
  const list = [...results];
  return { impacts: sumImpacts(list.map((r) => r.impacts)), trace: mergeTraces(...list.map((r) => r.trace)) };
}
