import type { InventoryLeftOut } from "./row-rules.js";
import type { Decimal } from "decimal.js";
import type { DecimalInput } from "@nrs/core";
import type { InventoryOrigin } from "./inventory-origins.js";

/**
 * One good line of an inventory, in canonical form. Optional fields are absent when the file left them
 * empty; the calculators then fill documented defaults (and say so in their trace).
 *
 * @example
 * ```ts
 * import { parseInventoryCsv, type InventoryItem } from "@nrs/footprint";
 * const r = await parseInventoryCsv("type;quantite;origine\necran;4;reemploi\n");
 * const item: InventoryItem | undefined = r.items[0];
 * console.log(item?.type, item?.quantity, item?.origin, item?.line); // ecran 4 reemploi 2
 * ```
 */
export interface InventoryItem {
  /** 1-based line of the CSV record (0 for JSON input). */
  readonly line: number;
  /** Type code, e.g. `ordinateur_portable`. */
  readonly type: string;
  /** Number of identical items, a whole number ≥ 1. */
  readonly quantity: number;
  /** `YYYY-MM-DD`. */
  readonly acquisitionDate?: string;
  /** `YYYY-MM-DD`, not before the acquisition date. */
  readonly retirementDate?: string;
  /** Service life in years, > 0. */
  readonly lifetimeYears?: Decimal;
  /** `neuf` when the file says nothing. */
  readonly origin: InventoryOrigin;
  /** Electricity grid zone, e.g. `FR`. */
  readonly location?: string;
  /** Measured electricity of the whole line during the reporting year, kWh. */
  readonly annualKwh?: Decimal;
  /** Owning entity, e.g. `epci` or an INSEE code. */
  readonly entity?: string;
  /** Free identifier (`identifiant`), e.g. an inventory number. */
  readonly id?: string;
  /** Model (`modele`). */
  readonly model?: string;
  /** Free comment (`commentaire`). */
  readonly comment?: string;
  /** Where the items serve (`site`: agents, ecoles, espace_public…). */
  readonly site?: string;
}

/**
 * Counters of an inventory read.
 *
 * @example
 * ```ts
 * import { parseInventoryCsv, type InventoryStats } from "@nrs/footprint";
 * const stats: InventoryStats = (await parseInventoryCsv("type;quantite\necran;2\necran;x\n")).stats;
 * console.log(stats.goodRows, stats.badRows, stats.quantity); // 1 1 2
 * ```
 */
export interface InventoryStats {
  /** Data records read (header and blank lines excluded). */
  readonly records: number;
  /** Records kept. */
  readonly goodRows: number;
  /** Records refused (each has at least one error problem). */
  readonly badRows: number;
  /** Sum of the quantities of the good rows. */
  readonly quantity: number;
  /** Problems found but not listed because `maxProblems` was reached. */
  readonly problemsNotListed: number;
  /** Lines left out on purpose, by reason (a retired status, a type mapped to `null`); absent when none. */
  readonly leftOut?: InventoryLeftOut;
}

/**
 * An inventory line as {@link groupInventory} and `computeInventoryFootprint` take it: an
 * {@link InventoryItem}, whose quantities may also be numbers or decimal strings (an item built by hand).
 * They are checked like the rest of the item (`NRS_NOT_A_NUMBER`, `NRS_INVENTORY_BAD_ITEM`).
 *
 * @example
 * ```ts
 * import { groupInventory, type InventoryItemInput } from "@nrs/footprint";
 * const item: InventoryItemInput = { line: 0, type: "ecran", quantity: 4, origin: "neuf", lifetimeYears: 6, annualKwh: "120.5" };
 * console.log(groupInventory([item], { reportingYear: 2025 }).groups[0]?.quantity); // 4
 * ```
 */
export type InventoryItemInput = Omit<InventoryItem, "lifetimeYears" | "annualKwh"> & {
  /** Service life in years, > 0. */
  readonly lifetimeYears?: DecimalInput;
  /** Measured electricity of the whole line during the reporting year, kWh, ≥ 0. */
  readonly annualKwh?: DecimalInput;
};
