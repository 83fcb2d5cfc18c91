import type { Decimal } from "decimal.js";
import type { DecimalInput } from "@nrs/core";
import { computeEquipment } from "./equipment-footprint.js";
import type { FactorPack } from "./factor-pack.js";
import type { FootprintResult } from "./footprint-result.js";

/**
 * How a device entered the estate (same codes as the inventory's `origine` column):
 * `neuf` (new), `reemploi` (reused, second hand as is), `reconditionne` (refurbished).
 */
export type DeviceOrigin = "neuf" | "reemploi" | "reconditionne";

/**
 * How a device uses electricity: either an estimate from power and hours of use per day (each
 * defaulting to the type's ADEME archetype), or a measured consumption per year, for each device
 * (`per: "device"`, the default, prorated by time in service) or for the whole group over the
 * reporting year (`per: "group"`, taken as is).
 */
export type DeviceUse =
  | { readonly hoursPerDay?: DecimalInput; readonly powerW?: DecimalInput }
  | { readonly kwhPerYear: DecimalInput; readonly per?: "device" | "group" };

/**
 * Input of {@link computeDeviceFootprint}. Give either dates (`acquisitionDate`, `retirementDate`) and
 * a `quantity`, or, for a group of items already aggregated by day (what an inventory does),
 * `deviceDays`.
 */
export interface DeviceFootprintInput {
  /** Device type: an item of the factor pack, e.g. `ordinateur_portable`, `ecran`, `smartphone`. */
  readonly type: string;
  /** Number of identical devices (default 1). Ignored with `deviceDays`, which already counts them. */
  readonly quantity?: DecimalInput;
  /** Service life in years over which the embodied impact is spread (default: the type's in the pack). */
  readonly lifetimeYears?: DecimalInput;
  readonly use?: DeviceUse;
  /** Electricity grid zone where the devices are used: pack item `electricite_<location>` (default `FR`). */
  readonly location?: string;
  /** Default `neuf`. */
  readonly origin?: DeviceOrigin;
  /** `YYYY-MM-DD`: first day in the estate. */
  readonly acquisitionDate?: string;
  /** `YYYY-MM-DD`: day the devices left the estate (not counted). */
  readonly retirementDate?: string;
  /** Reporting year. Without it, the result is one full year of service within the amortisation period. */
  readonly year?: number;
  /**
   * Pre-aggregated exposure of a group for `year`: Σ quantity × days in the estate (`service`), and
   * Σ quantity × days in the estate within the amortisation period (`amortized`, ≤ `service`).
   */
  readonly deviceDays?: { readonly service: DecimalInput; readonly amortized: DecimalInput };
}

/** Options of {@link computeDeviceFootprint}. */
export interface DeviceFootprintOptions {
  /** Factor pack (default {@link defaultFactorPack}). */
  readonly pack?: FactorPack;
  /**
   * Share of the manufacturing impact charged to a second life (`reemploi`, `reconditionne`); default 0
   * (the first life bore it: cut-off allocation). See the methodology.
   */
  readonly secondLifeManufacturingShare?: DecimalInput;
  /**
   * When devices leave the estate before the end of their amortisation period, charge the part not yet
   * amortised to the year they leave (default `false`: it is charged to no year). Turning it on keeps
   * early retirement from lowering the footprint. Applies to dated devices.
   */
  readonly writeOffAtRetirement?: boolean;
}

/** What a device computation used, besides the impact table: handy for reports and what-if scenarios. */
export interface DeviceFootprintDetails {
  readonly lifetimeYears: Decimal;
  /** Device-years in service during the period (quantity × share of the year in the estate). */
  readonly serviceDeviceYears: Decimal;
  /** Device-years in service within the amortisation period. */
  readonly amortizedDeviceYears: Decimal;
  /** Electricity of the group over the period, in kWh. */
  readonly kwh: Decimal;
  /** Share of the manufacturing impact charged (1 for new devices). */
  readonly manufacturingShare: Decimal;
}

/** Result of {@link computeDeviceFootprint}: impacts, trace, and the derived quantities used. */
export interface DeviceFootprintResult extends FootprintResult {
  readonly details: DeviceFootprintDetails;
}

/**
 * Footprint of identical devices, for a reporting year or for one year of service.
 *
 * **Embodied impact** (manufacturing, distribution, end of life, from the pack) is spread straight-line
 * over the lifetime, day by day: a year carries `impact × quantity × d / W`, where `W` is the length in
 * days of the amortisation period (acquisition date plus the lifetime: whole years on the calendar,
 * the fraction as days of 365.25) and `d` the days of the year in the estate within that period. So a
 * device's yearly shares add up to its whole embodied impact, and a longer lifetime never charges a
 * year more. Past its lifetime a device carries no embodied impact; one retired early carries none
 * after its retirement, and the remainder is charged to no year unless `writeOffAtRetirement` is set
 * (then to the year of retirement). Without an acquisition date a year in
 * service carries `impact × quantity / lifetime` (prorated by the days in service); with `deviceDays`,
 * `impact × amortized / (lifetime × days in the year)` (so a day weighs 1/(days in its year × lifetime)
 * rather than 1/window length: within one day per lifetime of the dated computation); without a year, `impact × quantity / lifetime`.
 *
 * **Use**: kWh = power (W) × hours per day × 365 ÷ 1000 per device-year in service (or the measured
 * kWh), times the grid factor of `location` for the reporting year (the latest earlier year when the
 * pack has none for it). The `energy` criterion gets the kWh.
 *
 * **Second life** (`reemploi`, `reconditionne`): distribution and end of life count in full; manufacturing
 * counts for `secondLifeManufacturingShare` (default 0, cut-off: the first life bore it). The impact
 * of refurbishing is not in the pack and so is absent, not zero (a note says so).
 *
 * `min`/`max` come from the pack rows that have ranges. Cost is a few lookups and a dozen exact
 * products, independent of the quantity: call it once per group of identical devices.
 *
 * @example
 * ```ts
 * import { computeDeviceFootprint } from "@nrs/footprint";
 * const r = computeDeviceFootprint({ type: "ordinateur_portable", quantity: 10, year: 2025 });
 * // 10 laptops, ADEME figures: (170 + 12.3 + 2.79) kgCO2e / 5 years each, plus 26.5 W × 3 h × 365 d at 0.0461 kgCO2e/kWh
 * console.log(r.impacts.gwp?.manufacturing?.value.toString()); // "340"
 * console.log(r.impacts.energy?.use?.value.toString(), r.impacts.gwp?.use?.value.toString()); // "290.175" "13.3770675"
 * ```
 */
export function computeDeviceFootprint(input: DeviceFootprintInput, options: DeviceFootprintOptions = {}): DeviceFootprintResult {
  return computeEquipment(input, options, {});
}

