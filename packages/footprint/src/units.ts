import { Decimal } from "decimal.js";
import { ex, Exact, NrsError, out, toDecimal, type DecimalInput, type ProblemPath } from "@nrs/core";

/**
 * Every unit the footprint calculators know, with its physical dimension and its size in the base unit
 * of that dimension (written as a decimal string so conversions stay exact). Data units are SI decimal
 * (1 GB = 10⁹ bytes), as in the Sustainable Web Design model and in ADEME's per-GB figures.
 *
 * @example
 * ```ts
 * import { UNITS } from "@nrs/footprint";
 * console.log(UNITS.kgCO2e.dimension, UNITS.gCO2e.toBase); // "ghg" "0.001"
 * ```
 */
export const UNITS = {
  gCO2e: { dimension: "ghg", toBase: "0.001" },
  kgCO2e: { dimension: "ghg", toBase: "1" },
  tCO2e: { dimension: "ghg", toBase: "1000" },
  Wh: { dimension: "energy", toBase: "0.001" },
  kWh: { dimension: "energy", toBase: "1" },
  MWh: { dimension: "energy", toBase: "1000" },
  GWh: { dimension: "energy", toBase: "1000000" },
  // 1 kWh = 3.6 MJ exactly; kWh is the base so that only MJ → kWh divides (by 3.6).
  MJ: { dimension: "energy", toBase: "0.2777777777777777777777777777777777777777777777777777777777777778", inverse: "3.6" },
  GJ: { dimension: "energy", toBase: "277.7777777777777777777777777777777777777777777777777777777777778", inverse: "0.0036" },
  W: { dimension: "power", toBase: "1" },
  kW: { dimension: "power", toBase: "1000" },
  gSbEq: { dimension: "abiotic", toBase: "0.001" },
  kgSbEq: { dimension: "abiotic", toBase: "1" },
  L: { dimension: "volume", toBase: "0.001" },
  m3: { dimension: "volume", toBase: "1" },
  B: { dimension: "data", toBase: "0.000000001" },
  kB: { dimension: "data", toBase: "0.000001" },
  MB: { dimension: "data", toBase: "0.001" },
  GB: { dimension: "data", toBase: "1" },
  TB: { dimension: "data", toBase: "1000" },
  h: { dimension: "time", toBase: "1" },
} as const;

/** A unit symbol: `kgCO2e`, `gCO2e`, `tCO2e`, `kWh`, `Wh`, `MWh`, `GWh`, `MJ`, `GJ`, `W`, `kW`, `kgSbEq`, `gSbEq`, `L`, `m3`, `B`, `kB`, `MB`, `GB`, `TB`, `h`. */
export type Unit = keyof typeof UNITS;

/** A physical dimension: greenhouse gases (`ghg`), `energy`, `power`, `abiotic` resources, `volume` (water), `data`, `time`. */
export type Dimension = (typeof UNITS)[Unit]["dimension"];

/** The dimension of unit `U`, e.g. `DimensionOf<"gCO2e">` is `"ghg"`. */
export type DimensionOf<U extends Unit> = (typeof UNITS)[U]["dimension"];

/** Every unit of dimension `D`, e.g. `UnitOf<"ghg">` is `"gCO2e" | "kgCO2e" | "tCO2e"`. */
export type UnitOf<D extends Dimension> = { [K in Unit]: (typeof UNITS)[K]["dimension"] extends D ? K : never }[Unit];

/**
 * An exact amount in a unit that is part of its type: a `Quantity<"gCO2e">` cannot be added to a
 * `Quantity<"kgCO2e">` (convert it first with {@link convertQuantity}). Plain data, so `toJson` from
 * `@nrs/core` writes it as `{ "unit": "kgCO2e", "value": "1.5" }`.
 *
 * @example
 * ```ts
 * import { quantity, type Quantity } from "@nrs/footprint";
 * const q: Quantity<"kWh"> = quantity("12.5", "kWh");
 * console.log(q.value.toString(), q.unit); // "12.5" "kWh"
 * ```
 */
export interface Quantity<U extends Unit = Unit> {
  readonly value: Decimal;
  readonly unit: U;
}

function unknownUnit(unit: unknown, path: ProblemPath): NrsError {
  return new NrsError([
    {
      code: "NRS_UNKNOWN_UNIT",
      severity: "error",
      path,
      message: { fr: `Unité inconnue : ${String(unit)}.`, en: `Unknown unit: ${String(unit)}.` },
    },
  ]);
}

/**
 * Tells whether a string is a known {@link Unit}.
 *
 * @example
 * ```ts
 * import { isUnit } from "@nrs/footprint";
 * console.log(isUnit("kgCO2e"), isUnit("kg")); // true false
 * ```
 */
export function isUnit(text: string): text is Unit {
  return Object.prototype.hasOwnProperty.call(UNITS, text);
}

/**
 * Builds a {@link Quantity} from a number, decimal string or Decimal. Throws an `NrsError`
 * (`NRS_NOT_A_NUMBER`, `NRS_UNKNOWN_UNIT`) on NaN, Infinity, text or an unknown unit.
 *
 * @example
 * ```ts
 * import { quantity } from "@nrs/footprint";
 * console.log(quantity(0.1, "kgCO2e").value.plus(0.2).toString()); // "0.3"
 * ```
 */
export function quantity<U extends Unit>(value: DecimalInput, unit: U, path: ProblemPath = []): Quantity<U> {
  if (!isUnit(unit)) throw unknownUnit(unit, path);
  return { value: toDecimal(value, path), unit };
}

/**
 * Adds quantities of the same unit exactly. Adding grams to kilograms does not compile: the second
 * argument must have the first one's unit.
 *
 * @example
 * ```ts
 * import { addQuantities, quantity } from "@nrs/footprint";
 * const total = addQuantities(quantity("0.1", "kWh"), quantity("0.2", "kWh"));
 * console.log(total.value.toString()); // "0.3"
 * ```
 */
export function addQuantities<U extends Unit>(a: Quantity<U>, b: Quantity<NoInfer<U>>): Quantity<U> {
  return { value: out(ex(a.value).plus(ex(b.value))), unit: a.unit };
}

/**
 * Sums a list of quantities of one unit exactly; the empty sum is zero in `unit`.
 *
 * @example
 * ```ts
 * import { quantity, sumQuantities } from "@nrs/footprint";
 * const s = sumQuantities([quantity(1, "GB"), quantity("0.5", "GB")], "GB");
 * console.log(s.value.toString()); // "1.5"
 * ```
 */
export function sumQuantities<U extends Unit>(items: Iterable<Quantity<NoInfer<U>>>, unit: U): Quantity<U> {
  let acc = new Exact(0);
  for (const q of items) acc = acc.plus(ex(q.value));
  return { value: out(acc), unit };
}

/**
 * Multiplies a quantity by a dimensionless factor (a count, a share of a year...), exactly.
 *
 * @example
 * ```ts
 * import { quantity, scaleQuantity } from "@nrs/footprint";
 * console.log(scaleQuantity(quantity("1.1", "kgCO2e"), 3).value.toString()); // "3.3"
 * ```
 */
export function scaleQuantity<U extends Unit>(q: Quantity<U>, factor: DecimalInput): Quantity<U> {
  return { value: out(ex(q.value).times(ex(toDecimal(factor, ["factor"])))), unit: q.unit };
}

/**
 * Converts a quantity to another unit of the same dimension (`gCO2e` ↔ `kgCO2e` ↔ `tCO2e`, `Wh` ↔ `kWh`
 * ↔ `MJ`, `L` ↔ `m3`, `B` ↔ `GB`...). Every conversion is an exact decimal multiplication except those
 * that divide by 3.6 (MJ or GJ to watt-hours), rounded half-even at 120 significant digits. Converting
 * to another dimension does not compile, and throws `NRS_UNIT_MISMATCH` if forced at run time.
 *
 * @example
 * ```ts
 * import { convertQuantity, quantity } from "@nrs/footprint";
 * console.log(convertQuantity(quantity(1500, "gCO2e"), "kgCO2e").value.toString()); // "1.5"
 * console.log(convertQuantity(quantity(2, "kWh"), "MJ").value.toString()); // "7.2"
 * ```
 */
export function convertQuantity<U extends Unit, V extends UnitOf<DimensionOf<U>>>(q: Quantity<U>, to: V): Quantity<V> {
  const from = UNITS[q.unit] as { dimension: Dimension; toBase: string; inverse?: string };
  if (!isUnit(to)) throw unknownUnit(to, ["unit"]);
  const target = UNITS[to] as { dimension: Dimension; toBase: string; inverse?: string };
  if (from.dimension !== target.dimension) {
    throw new NrsError([
      {
        code: "NRS_UNIT_MISMATCH",
        severity: "error",
        path: ["unit"],
        message: {
          fr: `Impossible de convertir ${q.unit} en ${to} : grandeurs différentes.`,
          en: `Cannot convert ${q.unit} to ${to}: different dimensions.`,
        },
      },
    ]);
  }
  if ((q.unit as Unit) === (to as Unit)) return { value: q.value, unit: to };
  // Multiply where both sides are finite decimals; divide by the exact inverse otherwise, so that
  // MJ → kWh is value / 3.6 rather than value × 0.2777…(truncated).
  let base = from.inverse !== undefined ? ex(q.value).div(ex(from.inverse)) : ex(q.value).times(ex(from.toBase));
  base = target.inverse !== undefined ? base.times(ex(target.inverse)) : base.div(ex(target.toBase));
  return { value: out(base), unit: to };
}
