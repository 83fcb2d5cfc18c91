import type { Decimal } from "decimal.js";
import type { FootprintResult } from "../footprint-result.js";

/** Electricity of each part of a cloud usage, PUE included, kWh. */
export interface CloudEnergy {
  /** Virtual machines' CPUs. */
  readonly compute: Decimal;
  /** Memory. */
  readonly memory: Decimal;
  /** Storage. */
  readonly storage: Decimal;
  /** Networking between data centres. */
  readonly networking: Decimal;
  /** Sum of the four. */
  readonly total: Decimal;
}

/** The footprint of a {@link CloudUsage}, with the energy of each part. */
export interface CloudFootprintResult extends FootprintResult {
  /** Electricity drawn from the grid, PUE included, kWh. */
  readonly energyKWh: CloudEnergy;
  /** Operational emissions, kgCO2e (= total energy × grid factor). */
  readonly operationalKgCO2e: Decimal;
  /** Embodied share of the hosts, kgCO2e; absent when no embodied figure was given. */
  readonly embodiedKgCO2e?: Decimal;
}
