import { definedProps, readCsvEach, type CsvInput, type CsvOptions } from "@nrs/core";
import { inventoryCollector } from "./inventory-collector.js";
import type { InventoryParseResult } from "./inventory-parse-result.js";
import type { ParseInventoryCsvOptions } from "./parse-inventory-options.js";

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
  const csvOptions: CsvOptions = definedProps({ delimiter: options.delimiter });
  await readCsvEach(input, (row) => collector.reader.push(row), csvOptions);
  collector.reader.end();
  return collector.result();
}
