import { mergeTraces } from "../trace.js";
import { inventoryBreakdowns } from "./inventory-breakdowns.js";
import type { InventoryFootprintResult } from "./inventory-footprint-result.js";
import type { InventoryStats } from "./inventory-item.js";
import type { InventoryLeftOut } from "./row-rules.js";

type Count = { readonly rows: number; readonly quantity: number } | undefined;

function addCounts(a: Count, b: Count): Count {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return { rows: a.rows + b.rows, quantity: a.quantity + b.quantity };
}

function addLeftOut(a: InventoryLeftOut | undefined, b: InventoryLeftOut | undefined): InventoryLeftOut | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const retired = addCounts(a.retired, b.retired);
  const excludedType = addCounts(a.excludedType, b.excludedType);
  return { ...(retired ? { retired } : {}), ...(excludedType ? { excludedType } : {}) };
}

function addStats(a: InventoryStats, b: InventoryStats): InventoryStats {
  const leftOut = addLeftOut(a.leftOut, b.leftOut);
  return {
    records: a.records + b.records,
    goodRows: a.goodRows + b.goodRows,
    badRows: a.badRows + b.badRows,
    quantity: a.quantity + b.quantity,
    problemsNotListed: a.problemsNotListed + b.problemsNotListed,
    ...(leftOut ? { leftOut } : {}),
  };
}

/**
 * One footprint for several inventories of the same year (an asset manager exports computers,
 * monitors, network gear… as separate files): their groups side by side, the counters and problems
 * added up, and the total and every breakdown computed again from the groups, so the total still
 * equals the sum of the parts. Line numbers stay those of each file: name the file in each result's
 * problems before merging.
 *
 * @example
 * ```ts
 * import { computeInventoryFootprint, mergeInventoryFootprints } from "@nrs/footprint";
 * const pcs = await computeInventoryFootprint("type;quantite\nordinateur_portable;10\n", { reportingYear: 2024 });
 * const net = await computeInventoryFootprint("type;quantite\nswitch;2\n", { reportingYear: 2024 });
 * const all = mergeInventoryFootprints([pcs, net]);
 * console.log(all.stats.quantity, Object.keys(all.byType)); // 12 ["ordinateur_portable", "switch"]
 * ```
 */
export function mergeInventoryFootprints(results: readonly InventoryFootprintResult[]): InventoryFootprintResult {
  const first = results[0];
  if (first === undefined) throw new RangeError("mergeInventoryFootprints needs at least one result");
  if (results.length === 1) return first;
  const years = new Set(results.map((r) => r.reportingYear));
  if (years.size > 1) throw new RangeError(`mergeInventoryFootprints: results of several years (${[...years].join(", ")})`);
  const groups = results.flatMap((r) => r.groups);
  const breakdowns = inventoryBreakdowns(groups);
  return {
    reportingYear: first.reportingYear,
    ok: results.every((r) => r.ok),
    problems: results.flatMap((r) => r.problems),
    stats: results.slice(1).reduce((s, r) => addStats(s, r.stats), first.stats),
    notComputed: {
      lines: results.reduce((s, r) => s + r.notComputed.lines, 0),
      quantity: results.reduce((s, r) => s + r.notComputed.quantity, 0),
    },
    groups,
    trace: mergeTraces(...results.map((r) => r.trace)),
    ...breakdowns,
  };
}
