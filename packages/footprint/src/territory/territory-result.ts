import type { Decimal } from "decimal.js";
import type { ImpactCell } from "../impact.js";
import type { Trace } from "../trace.js";
import type { TerritoryEdition } from "./editions.js";
import type { TerritorySegment } from "./segments.js";

/**
 * What a segment's figure was scaled by: the territory's share of France's `population`, of its
 * households (`menages`), of its fixed subscriptions (`abonnementsFixes`), or, for data centres,
 * the sites located on the territory (`implantation`).
 *
 * @example
 * ```ts
 * import type { TerritoryBasis } from "@nrs/footprint";
 * const b: TerritoryBasis = "population";
 * console.log(b);
 * ```
 */
export type TerritoryBasis = "population" | "menages" | "abonnementsFixes" | "implantation";

/**
 * One segment of a territory's footprint (GHG over the whole life cycle, every stage together).
 *
 * @example
 * ```ts
 * import { computeTerritoryFootprint } from "@nrs/footprint";
 * const s = computeTerritoryFootprint({ year: 2022, population: 100000 }).bySegment.reseaux;
 * console.log(s.basis, s.gwp.unit); // "population" "kgCO2e"
 * ```
 */
export interface TerritorySegmentFootprint {
  readonly segment: TerritorySegment;
  readonly gwp: ImpactCell<"kgCO2e">;
  readonly perInhabitant: ImpactCell<"kgCO2e">;
  readonly basis: TerritoryBasis;
}

/**
 * A value and its range without a unit (a share of 1).
 *
 * @example
 * ```ts
 * import type { RangedShare } from "@nrs/footprint";
 * import { Decimal } from "decimal.js";
 * const s: RangedShare = { value: new Decimal("0.01"), min: new Decimal("0.009"), max: new Decimal("0.011") };
 * console.log(s.value.toString()); // "0.01"
 * ```
 */
export interface RangedShare {
  readonly value: Decimal;
  readonly min: Decimal;
  readonly max: Decimal;
}

/**
 * The administration's own footprint as a share of the territory's: already inside `terminaux`
 * (public services' devices) and the other segments, so shown, never added.
 *
 * @example
 * ```ts
 * import { computeTerritoryFootprint, impactTable } from "@nrs/footprint";
 * const r = computeTerritoryFootprint({
 *   year: 2022, population: 100000,
 *   administration: impactTable([{ criterion: "gwp", stage: "manufacturing", value: 150000 }]),
 * });
 * console.log(r.administration?.share.value.lt(1)); // true
 * ```
 */
export interface TerritoryAdministrationShare {
  readonly gwp: ImpactCell<"kgCO2e">;
  readonly share: RangedShare;
}

/**
 * The digital footprint of a territory for one study year: GHG over the whole life cycle (the
 * national study publishes segments, not stages, so the result holds cells rather than a stage
 * table), by segment and per inhabitant, with the administration's share and the trace.
 *
 * @example
 * ```ts
 * import { computeTerritoryFootprint } from "@nrs/footprint";
 * const r = computeTerritoryFootprint({ year: 2022, population: 100000 });
 * console.log(r.edition, r.year, r.total.unit); // "2025" 2022 "kgCO2e"
 * ```
 */
export interface TerritoryFootprintResult {
  readonly edition: TerritoryEdition;
  readonly year: number;
  readonly population: Decimal;
  /** Sum of the segments (values, mins and maxes each summed). */
  readonly total: ImpactCell<"kgCO2e">;
  readonly perInhabitant: ImpactCell<"kgCO2e">;
  readonly bySegment: Readonly<Record<TerritorySegment, TerritorySegmentFootprint>>;
  readonly administration?: TerritoryAdministrationShare;
  readonly trace: Trace;
}
