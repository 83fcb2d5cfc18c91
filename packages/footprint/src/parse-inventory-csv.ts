import { readCsvEach, type CsvInput, type CsvOptions, type Problem } from "@nrs/core";
import type { GroupInventoryOptions, InventoryGroups } from "./group-inventory.js";
import { inventoryCollector } from "./inventory-collector.js";
import type { InventoryItem, InventoryStats } from "./inventory-item.js";
import type { InventoryReadOptions } from "./inventory-read-options.js";

/**
 * Options of {@link parseInventoryCsv}.
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
  /** Default lifetimes per type for the grouping (see {@link groupInventory}). */
  readonly defaultLifetimes?: GroupInventoryOptions["defaultLifetimes"];
}

/**
 * What {@link parseInventoryCsv} gives: the good lines, every problem, counters, and the groups if asked.
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



/**
 * Reads an inventory CSV (the canonical format of `docs/formats/inventaire.md`, or any other through a
 * {@link ColumnMapping}) from a string or a stream of text chunks. UTF-8 with or without BOM, `;` or
 * `,`, decimal commas, quoted cells. Every bad line is reported with its line, column, a stable code
 * and a French and English message; reading never stops at a bad line and never drops a good one.
 * With `reportingYear`, the good lines are also grouped while reading (memory stays constant with
 * `keepItems: false`).
 *
 * @example
 * ```ts
 * import { parseInventoryCsv } from "@nrs/footprint";
 * const csv = "\uFEFFtype;quantite;date_acquisition;consommation_kwh_an;entite\n" +
 *   "ordinateur_portable;120;2022-09-01;;epci\n" +
 *   "ecran;-3;2022-09-01;;epci\n" +
 *   "smartphone;40;15/03/2023;12,5;76540\n";
 * const r = await parseInventoryCsv(csv);
 * console.log(r.items.length, r.stats.badRows); // 2 1
 * console.log(r.problems[0]?.code, r.problems[0]?.line, r.problems[0]?.column); // NRS_NEGATIVE 3 7
 * console.log(r.items[1]?.annualKwh?.toString()); // "12.5"
 * ```
 */
export async function parseInventoryCsv(input: CsvInput, options: ParseInventoryCsvOptions = {}): Promise<InventoryParseResult> {
  const collector = inventoryCollector(options);
  const csvOptions: CsvOptions = options.delimiter === undefined ? {} : { delimiter: options.delimiter };
  await readCsvEach(input, (row) => collector.reader.push(row), csvOptions);
  collector.reader.end();
  return collector.result();
}
