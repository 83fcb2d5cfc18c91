import type { Problem } from "@nrs/core";
import type { InventoryGroups } from "./inventory-group.js";
import type { InventoryItem, InventoryStats } from "./inventory-item.js";

/**
 * What `parseInventoryCsv` gives: the good lines, every problem, counters, and the groups if asked.
 * It is not the `{ ok: true, value } | { ok: false, errors }` of `parseHostingInventory` on purpose: an
 * inventory is a list of independent lines, a bad line is left out and reported with its line and
 * column, and the good lines still have a footprint (a million-line inventory with one typo), where the
 * union would throw them away. `ok` means no problem of severity `error`. The result shapes of every
 * `parse*` are listed, with their reasons, in docs/guides/add-to-an-application.md.
 *
 * @example
 * ```ts
 * import { parseInventoryCsv, type InventoryParseResult } from "@nrs/footprint";
 * const r: InventoryParseResult = await parseInventoryCsv("type;quantite\ngrille-pain;1\n");
 * if (!r.ok) console.log(r.problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message.en}`));
 * ```
 */
export interface InventoryParseResult {
  /** True when no problem of severity `error` was found (warnings allowed). */
  readonly ok: boolean;
  /** Every good line, in file order (empty when `keepItems` is false). */
  readonly items: readonly InventoryItem[];
  /** Every problem, with line, column, code and a French and English message. */
  readonly problems: readonly Problem[];
  /** Counters: records, good and bad rows, quantity, problems not listed. */
  readonly stats: InventoryStats;
  /** The groups of the good lines for `reportingYear`, when it was given. */
  readonly groups?: InventoryGroups;
}
