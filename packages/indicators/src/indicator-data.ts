import type { PrintingRecord } from "./printing-record.js";
import type { DecimalInput } from "@nrs/core";
import type { TerritoryFootprintResult } from "@nrs/footprint";
import type { FactorPackRef } from "./indicator-value.js";
import type { InventorySummary } from "./inventory-summary.js";
import type { EcoIndexMeasurementRecordInput } from "./ecoindex-record.js";
import type { EventRecord } from "./event-record.js";
import type { OpenDataDatasetRecord } from "./open-data-record.js";
import type { PurchaseRecordInput } from "./purchase-record.js";
import type { RetirementRecordInput } from "./retirement-record.js";
import type { RgaaAuditRecord } from "./rgaa-record.js";
import type { RgesnEvaluationRecord } from "./rgesn-record.js";

/**
 * An inventory line as `@nrs/footprint`'s `InventoryItem` gives it (only the fields used here).
 *
 * @example
 * ```ts
 * import type { InventoryLine } from "@nrs/indicators";
 * const l: InventoryLine = { type: "ecran", quantity: 20, acquisitionDate: "2021-05-01", entity: "26902" };
 * console.log(l.quantity);
 * ```
 */
export interface InventoryLine {
  /** Inventory type code (`ordinateur_portable`, `ecran`…). */
  readonly type: string;
  /** Number of identical devices. */
  readonly quantity: number;
  /** `YYYY-MM-DD`; absent means in service before the year. */
  readonly acquisitionDate?: string;
  /** `YYYY-MM-DD`; absent means still in service. */
  readonly retirementDate?: string;
  /** Owning entity (`epci` when absent). */
  readonly entity?: string;
  /** CSV line, for the provenance. */
  readonly line?: number;
}

/**
 * A server or hosting-contract line as `@nrs/footprint`'s hosting inventory gives it (fields used here).
 *
 * @example
 * ```ts
 * import type { HostingLine } from "@nrs/indicators";
 * const h: HostingLine = { annualKwh: 24300, pue: "1.9", entity: "epci" };
 * console.log(h.pue); // 1.9
 * ```
 */
export interface HostingLine {
  /** IT electricity of the line over the year, kWh (PUE excluded): a number, a decimal string or a Decimal. */
  readonly annualKwh?: DecimalInput;
  /** Power usage effectiveness of the room or data centre: a number, a decimal string or a Decimal. */
  readonly pue?: DecimalInput;
  /** Owning entity (`epci` when absent). */
  readonly entity?: string;
  /** For a server: when it was retired (lines retired before the year are left out). */
  readonly retirementDate?: string;
  /** For a contract: when it ended (contracts ended before the year are left out). */
  readonly endDate?: string;
}

/**
 * An impact cell as `@nrs/footprint` gives it (only the value is read).
 *
 * @example
 * ```ts
 * import type { ImpactCellLike } from "@nrs/indicators";
 * const c: ImpactCellLike = { value: "12.5", unit: "kgCO2e" };
 * console.log(c.value); // 12.5
 * ```
 */
export interface ImpactCellLike {
  /** The value of the cell: a Decimal (as `@nrs/footprint` gives it), a number or a decimal string. */
  readonly value: DecimalInput;
  /** Its unit, e.g. `kgCO2e`. */
  readonly unit?: string;
}

/**
 * The part of a footprint impact table that the footprint indicators read: the `gwp` row (kgCO2e) by
 * lifecycle stage (`manufacturing`, `distribution`, `use`, `endOfLife`).
 *
 * @example
 * ```ts
 * import type { GwpImpacts } from "@nrs/indicators";
 * const t: GwpImpacts = { gwp: { use: { value: 10 } } };
 * console.log(Object.keys(t.gwp ?? {}));
 * ```
 */
export interface GwpImpacts {
  /** Global warming potential by stage, kgCO2e. */
  readonly gwp?: Readonly<Partial<Record<string, ImpactCellLike | undefined>>>;
}

/**
 * Logical servers on 31 December.
 *
 * @example
 * ```ts
 * import type { ServerCounts } from "@nrs/indicators";
 * const s: ServerCounts = { virtual: 120, physical: 14 };
 * console.log(s.virtual);
 * ```
 */
export interface ServerCounts {
  /** Virtual machines. */
  readonly virtual: DecimalInput;
  /** Physical servers running a workload directly (hypervisor hosts excluded). */
  readonly physical: DecimalInput;
}

/**
 * The year's footprint of the perimeter, as computed by `@nrs/footprint` (inventory + hosting +
 * network...). `impacts` has the shape of its `ImpactTable`; only the `gwp` row (kgCO2e) is used.
 *
 * @example
 * ```ts
 * import type { FootprintInput } from "@nrs/indicators";
 * const f: FootprintInput = { impacts: { gwp: { use: { value: 1200 } } }, factorPacks: [{ id: "fr-ademe", version: "1.0.0" }] };
 * console.log(f.factorPacks?.[0]?.id);
 * ```
 */
export interface FootprintInput {
  /** The impact table (an `ImpactTable` of `@nrs/footprint` fits). */
  readonly impacts: GwpImpacts;
  /** Factor packs the footprint used (cited in the provenance). */
  readonly factorPacks?: readonly FactorPackRef[];
}

/**
 * Everything {@link computeIndicators} can use. Every field is optional: an indicator whose data is
 * missing is reported in `notComputed` with the reason, never computed as zero.
 *
 * @example
 * ```ts
 * import { computeIndicators, type IndicatorData } from "@nrs/indicators";
 * const data: IndicatorData = { agents: 850, population: 121437,
 *   footprint: { impacts: { gwp: { manufacturing: { value: "250000" }, use: { value: 60000 } } } } };
 * const r = computeIndicators(data, { year: 2024 });
 * console.log(r.values.find((v) => v.code === "empreinte-carbone-par-agent")?.value.toFixed(1)); // 364.7
 * ```
 */
export interface IndicatorData {
  /** Employees (FTE) of the perimeter, for "per agent" indicators. */
  readonly agents?: DecimalInput;
  /** Population of the perimeter, for "per inhabitant" indicators. */
  readonly population?: DecimalInput;
  /** The year's footprint of the perimeter, computed by `@nrs/footprint`. */
  readonly footprint?: FootprintInput;
  /** The territory's footprint (`computeTerritoryFootprint`), for the `TERRITOIRE` indicators. */
  readonly territory?: TerritoryFootprintResult;
  /**
   * The device inventory: its lines (`@nrs/footprint`'s `parseInventoryCsv` items), or their
   * {@link InventorySummary} for the year (`InventorySummaryBuilder`), which keeps no line: the way to
   * compute the indicators of an inventory of any length in constant memory.
   */
  readonly inventory?: readonly InventoryLine[] | InventorySummary;
  /** Servers and hosting contracts (`@nrs/footprint`'s `parseHostingInventory`: servers and contracts). */
  readonly hosting?: readonly HostingLine[];
  /** Logical servers on 31 December: virtual machines and physical servers other than hypervisors. */
  readonly servers?: ServerCounts;
  /** Purchases (`achats.csv`); amounts as Decimals, numbers or decimal strings. */
  readonly purchases?: readonly PurchaseRecordInput[];
  /** Retired equipment (`sorties.csv`); age and weight as Decimals, numbers or decimal strings. */
  readonly retirements?: readonly RetirementRecordInput[];
  /** Awareness and training events (`evenements.csv`). */
  readonly events?: readonly EventRecord[];
  /** RGESN evaluations (`rgesn.csv`). */
  readonly rgesn?: readonly RgesnEvaluationRecord[];
  /** RGAA audits (`rgaa.csv`). */
  readonly rgaa?: readonly RgaaAuditRecord[];
  /** EcoIndex measurements (`ecoindex.csv`); figures as Decimals, numbers or decimal strings. */
  readonly ecoindex?: readonly EcoIndexMeasurementRecordInput[];
  /** The open-data catalogue (`opendata.csv`). */
  readonly openData?: readonly OpenDataDatasetRecord[];
  /** The year's printing: pages printed and sheets bought (`impressions.csv`). */
  readonly printing?: readonly PrintingRecord[];
}
