import type { CsvInput, DecimalInput, Problem } from "@nrs/core";
import type { FootprintResult } from "../footprint-result.js";
import type { ImpactCell, ImpactTable } from "../impact.js";
import type { Criterion, Stage } from "../impact/criteria.js";
import type { FactorPack } from "../packs/factor-pack.js";
import type { InventoryGroup } from "./inventory-group.js";
import type { InventoryItemInput, InventoryStats } from "./inventory-item.js";
import type { ParseInventoryCsvOptions } from "./parse-inventory-options.js";

/**
 * What `computeInventoryFootprint` reads: an inventory CSV (text or chunks) or already parsed items.
 *
 * @example
 * ```ts
 * import { computeInventoryFootprint, parseInventoryCsv, type InventoryFootprintInput } from "@nrs/footprint";
 * const parsed = await parseInventoryCsv("type;quantite\nsmartphone;10\n");
 * const input: InventoryFootprintInput = { items: parsed.items };
 * console.log((await computeInventoryFootprint(input, { reportingYear: 2025 })).ok); // true
 * ```
 */
export type InventoryFootprintInput =
  | CsvInput
  | {
      /** Items from `parseInventoryCsv` or `parseInventoryJson`, or built by hand (quantities as numbers, strings or Decimals). */
      readonly items: readonly InventoryItemInput[];
    };

/**
 * Options of `computeInventoryFootprint`.
 *
 * @example
 * ```ts
 * import { computeInventoryFootprint, type InventoryFootprintOptions } from "@nrs/footprint";
 * const options: InventoryFootprintOptions = { reportingYear: 2024, secondLifeManufacturingShare: "0.2" };
 * const r = await computeInventoryFootprint("type;quantite;origine\nordinateur_portable;5;reemploi\n", options);
 * console.log(r.byStage.manufacturing?.gwp?.value.gt(0)); // true
 * ```
 */
export interface InventoryFootprintOptions extends Pick<
  ParseInventoryCsvOptions,
  "mapping" | "maxProblems" | "delimiter" | "knownEntities" | "profile" | "profileSettings" | "dayOrder" | "onLine"
> {
  /** The year whose footprint is computed (embodied share and use of that year). */
  readonly reportingYear: number;
  /** Factor pack; the default French pack when absent. */
  readonly pack?: FactorPack;
  /** Share of the manufacturing impact charged to a second life (reused, refurbished); 0 by default. */
  readonly secondLifeManufacturingShare?: DecimalInput;
}

/**
 * The footprint of one {@link InventoryGroup}.
 *
 * @example
 * ```ts
 * import { computeInventoryFootprint, type InventoryGroupFootprint } from "@nrs/footprint";
 * const r = await computeInventoryFootprint("type;quantite;entite\necran;4;epci\necran;2;26901\n", { reportingYear: 2024 });
 * const g: InventoryGroupFootprint | undefined = r.groups[0];
 * console.log(r.groups.length, g?.group.entity); // 2 "26901"
 * ```
 */
export interface InventoryGroupFootprint {
  /** The group of identical lines. */
  readonly group: InventoryGroup;
  /** Its impacts for the year. */
  readonly impacts: ImpactTable;
}

/**
 * A table of one cell per criterion (all stages added up).
 *
 * @example
 * ```ts
 * import { computeInventoryFootprint, type CriterionTotals } from "@nrs/footprint";
 * const r = await computeInventoryFootprint("type;quantite\ntablette;3\n", { reportingYear: 2024 });
 * const totals: CriterionTotals = r.byCriterion;
 * console.log(totals.gwp?.unit, totals.energy?.unit); // kgCO2e kWh
 * ```
 */
export type CriterionTotals = { readonly [C in Criterion]?: ImpactCell };

/**
 * The footprint of an inventory for a reporting year, with its breakdowns and every problem met.
 *
 * @example
 * ```ts
 * import { computeInventoryFootprint, type InventoryFootprintResult } from "@nrs/footprint";
 * const r: InventoryFootprintResult = await computeInventoryFootprint("type;quantite;entite\necran;10;epci\n", { reportingYear: 2024 });
 * console.log(Object.keys(r.byType), r.trace.factors.length > 0); // ["ecran"] true
 * ```
 */
export interface InventoryFootprintResult extends FootprintResult {
  /** The year computed. */
  readonly reportingYear: number;
  /** True when no problem of severity `error` was met: every line was read and computed. */
  readonly ok: boolean;
  /** Parse problems (line, column) and calculation problems (a type the pack does not know...). */
  readonly problems: readonly Problem[];
  /** Counters of the read (records, good and bad rows, quantity). */
  readonly stats: InventoryStats;
  /** Lines and quantity that were read but could not be computed (see `problems`). */
  readonly notComputed: {
    /** Inventory lines. */
    readonly lines: number;
    /** Sum of their quantities. */
    readonly quantity: number;
  };
  /** One entry per group, in a stable order. */
  readonly groups: readonly InventoryGroupFootprint[];
  /** Impacts per type code. */
  readonly byType: Readonly<Record<string, ImpactTable>>;
  /** Impacts per entity (`""` for lines that name none). */
  readonly byEntity: Readonly<Record<string, ImpactTable>>;
  /**
   * Impacts per usage of the `site` column (`agents`, `ecoles`, `espace_public`…, see `INVENTORY_USAGES`;
   * other values as written; `""` for lines that say none): school equipment and public screens apart.
   *
   * @example
   * ```ts
   * import { computeInventoryFootprint } from "@nrs/footprint";
   * const r = await computeInventoryFootprint("type;quantite;site\necran_interactif;12;Écoles\nordinateur_portable;40;agents\n", {
   *   reportingYear: 2024,
   * });
   * console.log(Object.keys(r.bySite)); // ["agents", "ecoles"]
   * ```
   */
  readonly bySite: Readonly<Record<string, ImpactTable>>;
  /** Per lifecycle stage, one cell per criterion. */
  readonly byStage: { readonly [S in Stage]?: CriterionTotals };
  /** Per criterion, the sum over the stages. */
  readonly byCriterion: CriterionTotals;
}
