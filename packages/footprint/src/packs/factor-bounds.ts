import type { Decimal } from "decimal.js";

/**
 * The values a factor row may hold, by criterion (inclusive unless `aboveMin`). Outside them a factor
 * pack is refused (`NRS_OUT_OF_BOUNDS`), so no custom pack can give a negative or absurd footprint:
 *
 * | criterion | bounds | why |
 * |---|---|---|
 * | `lifetime` | > 0 and ≤ 100 years | it divides the embodied impacts |
 * | `power` | 0 to 1,000,000 W | a 1 MW device is not an IT device |
 * | `hoursPerDay` | 0 to 24 h/day | a day has 24 hours |
 * | `annualEnergy` | 0 to 10^9 kWh/year | |
 * | `pue` | 1 to 10 | a data centre uses at least the energy of its IT |
 * | `energyIntensity`, `ratio` | 0 to 10^9 | |
 * | `annualFootprint` | 0 to 10^12 kgCO2e/year | a national total |
 * | `count` | 0 to 10^10 | inhabitants, households, subscriptions |
 * | impact criteria (`gwp`…) | 0 to 10^9 per unit | the largest default factor is under 10^3 |
 *
 * `min` and `max` of a row are held to the same bounds.
 *
 * @example
 * ```ts
 * import { FACTOR_BOUNDS } from "@nrs/footprint";
 * console.log(FACTOR_BOUNDS.hoursPerDay.max); // 24
 * ```
 */
export const FACTOR_BOUNDS: Readonly<Record<string, { readonly min: number; readonly max: number; readonly aboveMin?: boolean }>> = {
  lifetime: { min: 0, max: 100, aboveMin: true },
  power: { min: 0, max: 1_000_000 },
  hoursPerDay: { min: 0, max: 24 },
  annualEnergy: { min: 0, max: 1e9 },
  pue: { min: 1, max: 10 },
  energyIntensity: { min: 0, max: 1e9 },
  ratio: { min: 0, max: 1e9 },
  // A national footprint (France's digital: 2.95e10 kgCO2e/year) and national counts (68e6 inhabitants).
  annualFootprint: { min: 0, max: 1e12 },
  count: { min: 0, max: 1e10 },
};

const IMPACT_BOUNDS: { readonly min: number; readonly max: number; readonly aboveMin?: boolean } = { min: 0, max: 1e9 };

/** Whether a factor value lies within the bounds of its criterion (see {@link FACTOR_BOUNDS}). */
export function withinFactorBounds(criterion: string, value: Decimal): boolean {
  const b = FACTOR_BOUNDS[criterion] ?? IMPACT_BOUNDS;
  if (!value.isFinite() || value.gt(b.max)) return false;
  return b.aboveMin ? value.gt(b.min) : value.gte(b.min);
}

/** The bounds of a criterion as text, for error messages: `]0 ; 100]`, `[0 ; 24]`. */
export function factorBoundsText(criterion: string): string {
  const b = FACTOR_BOUNDS[criterion] ?? IMPACT_BOUNDS;
  return `${b.aboveMin ? "]" : "["}${b.min} ; ${b.max}]`;
}
