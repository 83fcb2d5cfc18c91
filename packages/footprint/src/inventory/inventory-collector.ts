import { definedProps } from "@nrs/core";
import type { Problem } from "@nrs/core";
import { InventoryAccumulator } from "./inventory-accumulator.js";
import type { InventoryItem } from "./inventory-item.js";
import { InventoryReader } from "./inventory-reader.js";
import { toItem } from "./to-item.js";
import type { InventoryParseResult } from "./inventory-parse-result.js";
import type { ParseInventoryCsvOptions } from "./parse-inventory-options.js";

/** What the JSON form adds: problems found before the reader, and a path instead of line and column. @internal */
export interface JsonAdjustments {
  /** Problems found before the reader (not an object, a key given twice...), listed first. */
  readonly early: readonly Problem[];
  /** Objects refused before the reader: bad rows that the reader never saw. */
  readonly badObjects: number;
  /** From the reader's line and column to the JSON path (also applied to the groups' problems). */
  readonly translate: (p: Problem) => Problem;
}

/** A reader wired to the items and groups of an inventory, and the assembly of its result. @internal */
export interface InventoryCollector {
  /** Feed it the header and the records, then call `end()`. */
  readonly reader: InventoryReader;
  /** The parse result once the reader has ended; `json` for the JSON form. */
  result(json?: JsonAdjustments): InventoryParseResult;
}

/**
 * Wires an {@link InventoryReader} to the items (kept unless `keepItems` is false) and, with a reporting
 * year, to the groups; then assembles the result and its counters. Shared by the CSV and JSON parsers.
 * A good line that the grouping cannot allocate (no lifetime known for its type) counts as bad. In the
 * JSON form, items have no line (0).
 * @internal
 */
export function inventoryCollector(options: Omit<ParseInventoryCsvOptions, "delimiter">, form: "csv" | "json" = "csv"): InventoryCollector {
  const keep = options.keepItems ?? true;
  const items: InventoryItem[] = [];
  const acc =
    options.reportingYear === undefined
      ? undefined
      : new InventoryAccumulator({
          reportingYear: options.reportingYear,
          ...definedProps({ defaultLifetimes: options.defaultLifetimes }),
        });
  let unallocatedQuantity = 0;
  const onLine = options.onLine;
  const reader = new InventoryReader(options, (r) => {
    if (acc !== undefined && !acc.add(r)) {
      unallocatedQuantity += r.quantity;
      return;
    }
    if (onLine !== undefined) {
      if (form === "json") r.line = 0;
      onLine(r);
    }
    if (keep) items.push(form === "json" ? { ...toItem(r), line: 0 } : toItem(r));
  });
  return {
    reader,
    result(json) {
      const groups = acc?.result();
      const groupProblems = groups?.problems ?? [];
      const problems =
        json === undefined
          ? groupProblems.length === 0
            ? reader.problems
            : [...reader.problems, ...groupProblems]
          : [...json.early, ...reader.problems.map(json.translate), ...groupProblems.map(json.translate)];
      const unallocated = groupProblems.length;
      const badObjects = json?.badObjects ?? 0;
      return {
        ok: !problems.some((p) => p.severity === "error"),
        items,
        problems,
        stats: {
          records: reader.records + badObjects,
          goodRows: reader.goodRows - unallocated,
          badRows: reader.badRows + unallocated + badObjects,
          quantity: reader.quantity - unallocatedQuantity,
          problemsNotListed: reader.problemsNotListed,
          ...definedProps({ leftOut: reader.leftOut }),
        },
        ...definedProps({ groups }),
      };
    },
  };
}
