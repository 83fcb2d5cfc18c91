import type { CsvOptions } from "@nrs/core";
import type { GroupInventoryOptions } from "./inventory-group.js";
import type { InventoryLineView } from "./inventory-line-view.js";
import type { InventoryReadOptions } from "./inventory-read-options.js";

/**
 * Options of `parseInventoryCsv`.
 *
 * @example
 * ```ts
 * import { parseInventoryCsv, type ParseInventoryCsvOptions } from "@nrs/footprint";
 * const options: ParseInventoryCsvOptions = { keepItems: false, reportingYear: 2024, defaultLifetimes: { ecran: 6 } };
 * const r = await parseInventoryCsv("type;quantite;date_acquisition\necran;2;2020-05-01\n", options);
 * console.log(r.items.length, r.groups?.groups[0]?.quantity); // 0 2
 * ```
 */
export interface ParseInventoryCsvOptions extends InventoryReadOptions {
  /** The separator; detected from the header when not given. */
  readonly delimiter?: CsvOptions["delimiter"];
  /** Keep every good line as an {@link InventoryItem} (default true). Set false for huge files read only for their groups. */
  readonly keepItems?: boolean;
  /** When given, also aggregate the good lines into groups for this year while reading. */
  readonly reportingYear?: number;
  /** Default lifetimes per type for the grouping (see `groupInventory`). */
  readonly defaultLifetimes?: GroupInventoryOptions["defaultLifetimes"];
  /**
   * Called with every good line kept (the lines `items` holds, whether or not `keepItems` keeps them),
   * in file order: a way to aggregate a file of any length without keeping its lines. The view is
   * reused from one line to the next.
   */
  readonly onLine?: (line: InventoryLineView) => void;
}
