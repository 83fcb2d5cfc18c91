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
  /**
   * The entities a line may name in `entite` (an empty cell is not checked). Another value gets the
   * warning `NRS_UNKNOWN_ENTITY` at its cell, and the line is still read under that entity. Without
   * it any entity is accepted: this package gives entities no meaning.
   *
   * @example
   * ```ts
   * import { parseInventoryCsv } from "@nrs/footprint";
   * const r = await parseInventoryCsv("type;quantite;entite\necran;1;26999\n", { knownEntities: ["epci", "26901"] });
   * console.log(r.items.length, r.problems[0]?.code, r.problems[0]?.line, r.problems[0]?.column); // 1 NRS_UNKNOWN_ENTITY 2 9
   * ```
   */
  readonly knownEntities?: readonly string[];
}
