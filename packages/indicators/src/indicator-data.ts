import type { Decimal } from "decimal.js";
import type { DecimalInput } from "@nrs/core";
import type { EcoIndexMeasurementRecord } from "./ecoindex-record.js";
import type { EventRecord } from "./event-record.js";
import type { OpenDataDatasetRecord } from "./open-data-record.js";
import type { PurchaseRecord } from "./purchase-record.js";
import type { RetirementRecord } from "./retirement-record.js";
import type { RgaaAuditRecord } from "./rgaa-record.js";
import type { RgesnEvaluationRecord } from "./rgesn-record.js";

/** An inventory line as `@nrs/footprint`'s `InventoryItem` gives it (only the fields used here). */
export interface InventoryLine {
  readonly type: string;
  readonly quantity: number;
  readonly acquisitionDate?: string;
  readonly retirementDate?: string;
  readonly entity?: string;
  readonly line?: number;
}

/** A server or hosting-contract line as `@nrs/footprint`'s hosting inventory gives it (fields used here). */
export interface HostingLine {
  /** IT electricity of the line over the year, kWh (PUE excluded). */
  readonly annualKwh?: Decimal;
  readonly pue?: Decimal;
  readonly entity?: string;
  readonly retirementDate?: string;
  readonly endDate?: string;
}

/**
 * The year's footprint of the perimeter, as computed by `@nrs/footprint` (inventory + hosting +
 * network...). `impacts` has the shape of its `ImpactTable`; only the `gwp` row (kgCO2e) is used.
 */
export interface FootprintInput {
  readonly impacts: { readonly gwp?: Readonly<Partial<Record<string, { readonly value: Decimal } | undefined>>> };
  /** Factor packs the footprint used (cited in the provenance). */
  readonly factorPacks?: readonly { readonly id: string; readonly version: string }[];
}

/**
 * Everything {@link computeIndicators} can use. Every field is optional: an indicator whose data is
 * missing is reported in `notComputed` with the reason, never computed as zero.
 *
 * @example
 * ```ts
 * import { computeIndicators, type IndicatorData } from "@nrs/indicators";
 * const data: IndicatorData = { agents: 850, population: 121437,
 *   footprint: { impacts: { gwp: { manufacturing: { value: "250000" as never }, use: { value: "60000" as never } } } } };
 * const r = computeIndicators(data, { year: 2024 });
 * console.log(r.values.find((v) => v.code === "empreinte-carbone-par-agent")?.value.toFixed(1)); // 364.7
 * ```
 */
export interface IndicatorData {
  /** Employees (FTE) of the perimeter, for "per agent" indicators. */
  readonly agents?: DecimalInput;
  /** Population of the perimeter, for "per inhabitant" indicators. */
  readonly population?: DecimalInput;
  readonly footprint?: FootprintInput;
  readonly inventory?: readonly InventoryLine[];
  readonly hosting?: readonly HostingLine[];
  /** Logical servers on 31 December: virtual machines and physical servers other than hypervisors. */
  readonly servers?: { readonly virtual: DecimalInput; readonly physical: DecimalInput };
  readonly purchases?: readonly PurchaseRecord[];
  readonly retirements?: readonly RetirementRecord[];
  readonly events?: readonly EventRecord[];
  readonly rgesn?: readonly RgesnEvaluationRecord[];
  readonly rgaa?: readonly RgaaAuditRecord[];
  readonly ecoindex?: readonly EcoIndexMeasurementRecord[];
  readonly openData?: readonly OpenDataDatasetRecord[];
}
