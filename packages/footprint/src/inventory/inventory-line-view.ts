/**
 * A good inventory line as it is read, for a consumer that aggregates lines without keeping them
 * (`onLine` of `parseInventoryCsv` and `computeInventoryFootprint`). The reader hands the same object
 * again and again, refilled for each line: copy what you keep, never the object itself.
 *
 * @example
 * ```ts
 * import { computeInventoryFootprint, type InventoryLineView } from "@nrs/footprint";
 * let devices = 0;
 * const count = (l: InventoryLineView): void => {
 *   devices += l.quantity;
 * };
 * await computeInventoryFootprint("type;quantite\necran;4\ntablette;2\n", { reportingYear: 2024, onLine: count });
 * console.log(devices); // 6
 * ```
 */
export interface InventoryLineView {
  /** 1-based line of the CSV record (0 for JSON input). */
  readonly line: number;
  /** Type code, e.g. `ordinateur_portable`. */
  readonly type: string;
  /** Number of identical items, a whole number ≥ 1. */
  readonly quantity: number;
  /** `YYYY-MM-DD`, when the file gives it. */
  readonly acquisitionDate: string | undefined;
  /** `YYYY-MM-DD`, when the file gives it. */
  readonly retirementDate: string | undefined;
  /** Owning entity, `""` when the file says nothing. */
  readonly entity: string;
  /** Where the items serve (`site`), `""` when the file says nothing. */
  readonly site: string;
}
