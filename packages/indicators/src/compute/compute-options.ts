import type { DecimalInput } from "@nrs/core";

/**
 * Options of {@link computeIndicators}.
 *
 * @example
 * ```ts
 * import { computeIndicators, type ComputeIndicatorsOptions } from "@nrs/indicators";
 * const o: ComputeIndicatorsOptions = { year: 2025, entity: "26901", rgaaValidityYears: 3 };
 * console.log(computeIndicators({}, o).entity); // 26901
 * ```
 */
export interface ComputeIndicatorsOptions {
  /** The reporting year (calendar year). */
  readonly year: number;
  /**
   * Keep only the records of this entity (`epci` or an INSEE code; a record without entity belongs to
   * `DEFAULT_ENTITY`). Without it every record is used and the results' entity is `*`.
   */
  readonly entity?: string;
  /**
   * Other `entite` codes whose records are `entity`'s too: a commune's own INSEE code, which names the
   * commune as `epci` (or an empty cell) does. Ignored without `entity`.
   */
  readonly aliases?: readonly string[];
  /** AGEC art. 58 minimum shares (%) per category, instead of the décret 2021-254 values. */
  readonly agecThresholds?: Readonly<Record<string, DecimalInput>>;
  /** Years an RGAA audit stays valid (default 3, the update period of the accessibility statement). */
  readonly rgaaValidityYears?: number;
  /** Inventory types counted as workstations for `duree-usage-postes` (default laptops and desktops). */
  readonly workstationTypes?: readonly string[];
  /** Inventory types covered or not by décret n° 2023-266, overriding `REFORMED_IT_SCOPE_2023_266` (a large printer over 50 cm: `{ imprimante: false }`). */
  readonly reformedItCovered?: Readonly<Record<string, boolean>>;
  /**
   * Check every record against its schema before computing (default true), so that records built by
   * hand (not by the CSV parsers) get the same errors. Set false for records that come from the parsers.
   */
  readonly validate?: boolean;
}
