import type { DecimalInput } from "@nrs/core";
import type { FactorPack } from "../packs/factor-pack.js";
import type { ImpactTable } from "../impact.js";
import type { TerritoryEdition } from "./editions.js";

/**
 * A data centre located on the territory. Give its yearly IT electricity (`itEnergyKWh`) or its IT
 * power (`itPowerKW`, then counted as drawn all year: an upper bound). `pue` defaults to the pack's
 * French average for the study year.
 *
 * @example
 * ```ts
 * import type { TerritoryDataCentre } from "@nrs/footprint";
 * const dc: TerritoryDataCentre = { name: "Salle du syndicat", itEnergyKWh: 350000, pue: "1.6" };
 * console.log(dc.name);
 * ```
 */
export interface TerritoryDataCentre {
  readonly name: string;
  readonly itEnergyKWh?: DecimalInput;
  readonly itPowerKW?: DecimalInput;
  readonly pue?: DecimalInput;
}

/**
 * How data centres enter the territory's footprint, never both ways at once:
 * - `usage` (serving, the default): the territory's share of the data centres serving French use,
 *   per inhabitant, wherever they are; data centres located on the territory are listed, not added;
 * - `implantation` (located on): the use-phase electricity of the data centres located on the
 *   territory, whoever they serve.
 *
 * @example
 * ```ts
 * import type { DataCentreCounting } from "@nrs/footprint";
 * const c: DataCentreCounting = "usage";
 * console.log(c);
 * ```
 */
export type DataCentreCounting = "usage" | "implantation";

/**
 * What a territory knows about itself. Only `population` is required; every other field replaces a
 * national average for one segment (see `docs/methodology/territoire.md`).
 *
 * @example
 * ```ts
 * import type { TerritoryFootprintInput } from "@nrs/footprint";
 * const t: TerritoryFootprintInput = { year: 2022, population: 68000, menages: 31000 };
 * console.log(t.population);
 * ```
 */
export interface TerritoryFootprintInput {
  /** Study year of the national assessment (2022, or 2020). */
  readonly year: number;
  /** Inhabitants of the territory (say which population in your documents: municipale or totale). */
  readonly population: DecimalInput;
  /** Households (INSEE census): replaces population as the key of `terminaux`. */
  readonly menages?: DecimalInput;
  /** Fixed internet subscriptions (Arcep open data): replaces population as the key of `reseaux`. */
  readonly abonnementsFixes?: DecimalInput;
  /** Data centres located on the territory and how they are counted. */
  readonly centresDeDonnees?: { readonly comptage?: DataCentreCounting; readonly sites?: readonly TerritoryDataCentre[] };
  /** The administration's own footprint (e.g. `computeInventoryFootprint(...).impacts`): shown as a share, never added. */
  readonly administration?: ImpactTable;
}

/**
 * Options of `computeTerritoryFootprint`.
 *
 * @example
 * ```ts
 * import type { TerritoryFootprintOptions } from "@nrs/footprint";
 * const o: TerritoryFootprintOptions = { edition: "2022" };
 * console.log(o.edition);
 * ```
 */
export interface TerritoryFootprintOptions {
  /** Edition of the ADEME–Arcep assessment (default `"2025"`). */
  readonly edition?: TerritoryEdition;
  /** Pack of national figures (default `frTerritoire_2025_1`). */
  readonly pack?: FactorPack;
  /** Pack for the electricity factor and PUE of local data centres (default `defaultFactorPack`). */
  readonly energyPack?: FactorPack;
}
