import type { ColumnMapping } from "./column-mapping.js";

/**
 * Options shared by the inventory readers.
 *
 * @example
 * ```ts
 * import { parseInventoryCsv, type InventoryReadOptions } from "@nrs/footprint";
 * const options: InventoryReadOptions = { maxProblems: 10, mapping: { constants: { quantite: "1" } } };
 * console.log((await parseInventoryCsv("type\necran\n", options)).items[0]?.quantity); // 1
 * ```
 */
export interface InventoryReadOptions {
  /** How to read a file that is not in the canonical format (see {@link glpiColumnMapping}). */
  readonly mapping?: ColumnMapping;
  /** Stop listing problems after this many (they are still counted); 1000 by default. */
  readonly maxProblems?: number;
}
