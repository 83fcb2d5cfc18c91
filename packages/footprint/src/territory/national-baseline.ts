import { definedProps, Exact, type ExactValue } from "@nrs/core";
import type { FactorPack, FactorRow } from "../packs/factor-pack.js";
import { traceFactor } from "../packs/factor-query.js";
import type { TracedFactor } from "../trace.js";
import { DENOMINATOR_ROWS, editionRowIds, TERRITORY_EDITIONS, type TerritoryEdition } from "./editions.js";
import { TERRITORY_SEGMENTS, type TerritorySegment } from "./segments.js";
import { territoryError } from "./territory-problems.js";

/** A value with its range, in exact arithmetic. @internal */
export interface Ranged {
  readonly value: ExactValue;
  readonly min: ExactValue;
  readonly max: ExactValue;
}

/** A pack row read as a range, with its trace entry. @internal */
export interface RangedFactor extends Ranged {
  readonly factor: TracedFactor;
}

function ranged(row: FactorRow): RangedFactor {
  const value = new Exact(row.value);
  return { value, min: new Exact(row.min ?? row.value), max: new Exact(row.max ?? row.value), factor: traceFactor(row) };
}

function rowById(pack: FactorPack, id: string): FactorRow | undefined {
  return pack.rows.find((r) => r.id === id);
}

/** The national figures of one edition and study year: each segment's footprint and the denominators. @internal */
export interface NationalBaseline {
  readonly total: RangedFactor;
  readonly shares: Readonly<Record<TerritorySegment, RangedFactor>>;
  readonly population: RangedFactor;
  readonly menages?: RangedFactor;
  readonly abonnementsFixes?: RangedFactor;
}

function missing(pack: FactorPack, id: string): Error {
  return territoryError(
    "NRS_FACTOR_NOT_FOUND",
    ["factor"],
    `Le jeu ${pack.id}@${pack.version} n'a pas la ligne ${id}.`,
    `Pack ${pack.id}@${pack.version} has no row ${id}.`,
  );
}

/**
 * Reads the national figures of `edition` for study year `year` from the territory pack. Throws
 * `NRS_TERRITORY_UNKNOWN_YEAR` (path `year`) when the edition has no figures for that year.
 *
 * @internal
 */
export function nationalBaseline(pack: FactorPack, edition: TerritoryEdition, year: number): NationalBaseline {
  const years: Readonly<Record<number, string>> = TERRITORY_EDITIONS[edition];
  const prefix = years[year];
  if (prefix === undefined) {
    const known = Object.keys(years).join(", ");
    throw territoryError(
      "NRS_TERRITORY_UNKNOWN_YEAR",
      ["year"],
      `L'édition ${edition} de l'évaluation ADEME–Arcep n'a pas de chiffres pour ${String(year)} (années connues : ${known}).`,
      `Edition ${edition} of the ADEME–Arcep assessment has no figures for ${String(year)} (known years: ${known}).`,
    );
  }
  const ids = editionRowIds(prefix);
  const need = (id: string): RangedFactor => {
    const row = rowById(pack, id);
    if (row === undefined) throw missing(pack, id);
    return ranged(row);
  };
  const optional = (id: string | undefined): RangedFactor | undefined => {
    const row = id === undefined ? undefined : rowById(pack, id);
    return row === undefined ? undefined : ranged(row);
  };
  const shares = Object.fromEntries(TERRITORY_SEGMENTS.map((s) => [s, need(ids.shares[s])])) as Record<TerritorySegment, RangedFactor>;
  const popId = DENOMINATOR_ROWS.population[year];
  if (popId === undefined) throw missing(pack, `population ${String(year)}`);
  const menages = optional(DENOMINATOR_ROWS.menages[year]);
  const abonnementsFixes = optional(DENOMINATOR_ROWS.abonnementsFixes[year]);
  return {
    total: need(ids.total),
    shares,
    population: need(popId),
    ...definedProps({ menages, abonnementsFixes }),
  };
}

/**
 * One segment's national footprint: total × share, with the range of both (lowest total × lowest
 * share … highest × highest).
 *
 * @internal
 */
export function nationalSegment(b: NationalBaseline, segment: TerritorySegment): Ranged {
  const s = b.shares[segment];
  return { value: b.total.value.times(s.value), min: b.total.min.times(s.min), max: b.total.max.times(s.max) };
}
