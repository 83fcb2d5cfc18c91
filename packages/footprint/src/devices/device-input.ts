import type { Decimal } from "decimal.js";
import type { DecimalInput } from "@nrs/core";
import type { FactorPack } from "../packs/factor-pack.js";
import type { FootprintResult } from "../footprint-result.js";

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
 * Input of `computeDeviceFootprint`. Give either dates (`acquisitionDate`, `retirementDate`) and
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

/** Options of `computeDeviceFootprint`. */
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

/** Result of `computeDeviceFootprint`: impacts, trace, and the derived quantities used. */
export interface DeviceFootprintResult extends FootprintResult {
  readonly details: DeviceFootprintDetails;
}
