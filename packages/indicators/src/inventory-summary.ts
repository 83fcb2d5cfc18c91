import type { Decimal } from "decimal.js";

/**
 * Devices in service on 31 December of a year: lines, devices and devices by inventory type.
 *
 * @example
 * ```ts
 * import { summarizeInventory, type InventoryDevices } from "@nrs/indicators";
 * const s = summarizeInventory([{ type: "ecran", quantity: 20 }, { type: "tablette", quantity: 3 }], 2024);
 * const all: InventoryDevices = s.all;
 * console.log(all.lines, all.quantity.toString(), all.byType.get("ecran")?.toString()); // 2 23 20
 * ```
 */
export interface InventoryDevices {
  /** Inventory lines in service. */
  readonly lines: number;
  /** Devices in service (the lines' quantities added up, exactly). */
  readonly quantity: Decimal;
  /** Devices in service by inventory type code, in the order types were first met. */
  readonly byType: ReadonlyMap<string, Decimal>;
}

/**
 * The devices of one entity in service on 31 December, in all and by site (`site` column; `""` for the
 * lines that name none).
 *
 * @example
 * ```ts
 * import { summarizeInventory } from "@nrs/indicators";
 * const s = summarizeInventory([{ type: "ecran", quantity: 2, entity: "26901", site: "ecoles", line: 2 }], 2024);
 * const e = s.entities.get("26901");
 * console.log(e?.bySite.get("ecoles")?.quantity.toString(), e?.lineNumbers); // 2 [ 2 ]
 * ```
 */
export interface InventoryEntityDevices extends InventoryDevices {
  /** The same counts by site, `""` for lines without a site. */
  readonly bySite: ReadonlyMap<string, InventoryDevices>;
  /** CSV lines in service, ascending; absent when the summary lists no line (see {@link InventorySummary}). */
  readonly lineNumbers?: readonly number[];
}

/**
 * What the inventory indicators need from a device inventory, aggregated in one pass over its lines
 * (`InventorySummaryBuilder`): no line is kept, so its size does not grow with the inventory (only with
 * the number of entities, sites and types, and at most {@link MAX_LISTED_LINES} line numbers for the
 * provenance). A line is in service on 31 December of `year` when it was acquired on or before that day
 * (or has no acquisition date) and not retired on or before it.
 *
 * @example
 * ```ts
 * import { summarizeInventory, type InventorySummary } from "@nrs/indicators";
 * const s: InventorySummary = summarizeInventory(
 *   [
 *     { type: "ecran", quantity: 20, acquisitionDate: "2021-05-01", line: 2 },
 *     { type: "ecran", quantity: 5, retirementDate: "2024-06-30", line: 3 },
 *   ],
 *   2024,
 * );
 * console.log(s.year, s.all.quantity.toString(), s.lineNumbers); // 2024 20 [ 2 ]
 * ```
 */
export interface InventorySummary {
  /** Tells a summary from a list of lines in `IndicatorData.inventory`. */
  readonly kind: "inventory-summary";
  /** The year whose 31 December the lines are counted on. */
  readonly year: number;
  /** Good lines read, in service or not. */
  readonly linesRead: number;
  /** Every entity together. */
  readonly all: InventoryDevices;
  /** By entity (`DEFAULT_ENTITY` for lines that name none), entities in order of first appearance. */
  readonly entities: ReadonlyMap<string, InventoryEntityDevices>;
  /**
   * CSV lines in service, ascending, when there are at most {@link MAX_LISTED_LINES} of them; absent
   * beyond (the counts stay exact, the provenance then gives the count without the lines).
   */
  readonly lineNumbers?: readonly number[];
}

/**
 * The most line numbers an {@link InventorySummary} lists for the provenance; beyond, it lists none
 * (a provenance citing millions of lines helps nobody, and would make memory grow with the file).
 *
 * @example
 * ```ts
 * import { MAX_LISTED_LINES } from "@nrs/indicators";
 * console.log(MAX_LISTED_LINES); // 10000
 * ```
 */
export const MAX_LISTED_LINES = 10_000;
