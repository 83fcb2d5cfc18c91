import { NrsError } from "@nrs/core";
import type { Stage } from "../impact/criteria.js";
import type { TracedFactor } from "../trace.js";
import type { FactorCriterion, FactorPack, FactorRow } from "./factor-pack.js";

/** A filter for {@link listFactors}: every field given must match. */
export interface FactorFilter {
  readonly item?: string;
  readonly criterion?: FactorCriterion;
  readonly stage?: Stage;
  readonly geography?: string;
  readonly year?: number;
}

/**
 * Lists the rows of a pack, optionally filtered.
 *
 * @example
 * ```ts
 * import { defaultFactorPack, listFactors } from "@nrs/footprint";
 * const grid = listFactors(defaultFactorPack, { item: "electricite_FR" });
 * console.log(grid.map((r) => r.year).length > 0); // true
 * ```
 */
export function listFactors(pack: FactorPack, filter: FactorFilter = {}): readonly FactorRow[] {
  return pack.rows.filter(
    (r) =>
      (filter.item === undefined || r.item === filter.item) &&
      (filter.criterion === undefined || r.criterion === filter.criterion) &&
      (filter.stage === undefined || r.stage === filter.stage) &&
      (filter.geography === undefined || r.geography === filter.geography) &&
      (filter.year === undefined || r.year === filter.year),
  );
}

/**
 * Lists the distinct items of a pack (device types, grids, networks...), in order of first appearance.
 *
 * @example
 * ```ts
 * import { defaultFactorPack, listFactorItems } from "@nrs/footprint";
 * console.log(listFactorItems(defaultFactorPack).includes("ordinateur_portable")); // true
 * ```
 */
export function listFactorItems(pack: FactorPack): readonly string[] {
  return [...new Set(pack.rows.map((r) => r.item))];
}

/**
 * What {@link lookupFactor} is asked for. With `year`, the row of that year is taken, else the latest
 * row before it; without, the latest row. With `geography`, only rows of that geography qualify.
 */
export interface FactorQuery {
  readonly item: string;
  readonly criterion: FactorCriterion;
  readonly stage?: Stage;
  readonly geography?: string;
  readonly year?: number;
}

interface PackIndex {
  readonly byKey: Map<string, FactorRow[]>;
}

const indexes = new WeakMap<FactorPack, PackIndex>();

function indexOf(pack: FactorPack): PackIndex {
  let idx = indexes.get(pack);
  if (idx === undefined) {
    const byKey = new Map<string, FactorRow[]>();
    for (const r of pack.rows) {
      const k = `${r.item}\u0000${r.criterion}\u0000${r.stage ?? ""}`;
      let list = byKey.get(k);
      if (list === undefined) {
        list = [];
        byKey.set(k, list);
      }
      list.push(r);
    }
    idx = { byKey };
    indexes.set(pack, idx);
  }
  return idx;
}

/**
 * Finds the factor a query asks for, or `undefined` (see {@link lookupFactor} for the rules).
 *
 * @example
 * ```ts
 * import { defaultFactorPack, findFactor } from "@nrs/footprint";
 * console.log(findFactor(defaultFactorPack, { item: "grille_pain", criterion: "gwp", stage: "manufacturing" })); // undefined
 * ```
 */
export function findFactor(pack: FactorPack, query: FactorQuery): FactorRow | undefined {
  const candidates = indexOf(pack).byKey.get(`${query.item}\u0000${query.criterion}\u0000${query.stage ?? ""}`);
  if (candidates === undefined) return undefined;
  let best: FactorRow | undefined;
  for (const r of candidates) {
    if (query.geography !== undefined && r.geography !== query.geography) continue;
    if (query.year !== undefined && r.year > query.year) continue;
    if (best === undefined || r.year > best.year) best = r;
  }
  return best;
}

function describeQuery(q: FactorQuery): string {
  const parts = [`item=${q.item}`, `criterion=${q.criterion}`];
  if (q.stage !== undefined) parts.push(`stage=${q.stage}`);
  if (q.geography !== undefined) parts.push(`geography=${q.geography}`);
  if (q.year !== undefined) parts.push(`year≤${q.year}`);
  return parts.join(", ");
}

/**
 * Finds the factor a query asks for: the rows with that item, criterion and stage (and geography, if
 * given); among them the one of `year`, or else the latest before `year` (the latest of all without a
 * year). Throws an `NrsError` with code `NRS_FACTOR_NOT_FOUND` naming what was asked and the pack.
 *
 * @example
 * ```ts
 * import { NrsError } from "@nrs/core";
 * import { defaultFactorPack, lookupFactor } from "@nrs/footprint";
 * const g = lookupFactor(defaultFactorPack, { item: "electricite_FR", criterion: "gwp", stage: "use", year: 2024 });
 * console.log(g.unit, g.year); // "kgCO2e/kWh" 2024
 * try {
 *   lookupFactor(defaultFactorPack, { item: "grille_pain", criterion: "gwp", stage: "manufacturing" });
 * } catch (e) {
 *   if (!(e instanceof NrsError) || e.code !== "NRS_FACTOR_NOT_FOUND") throw e;
 * }
 * ```
 */
export function lookupFactor(pack: FactorPack, query: FactorQuery): FactorRow {
  const row = findFactor(pack, query);
  if (row !== undefined) return row;
  const what = describeQuery(query);
  throw new NrsError([
    {
      code: "NRS_FACTOR_NOT_FOUND",
      severity: "error",
      path: ["factor"],
      message: {
        fr: `Aucun facteur pour ${what} dans le jeu ${pack.id}@${pack.version}.`,
        en: `No factor for ${what} in pack ${pack.id}@${pack.version}.`,
      },
    },
  ]);
}

/**
 * The trace entry of a factor row: what a result cites.
 *
 * @example
 * ```ts
 * import { defaultFactorPack, lookupFactor, traceFactor } from "@nrs/footprint";
 * const t = traceFactor(lookupFactor(defaultFactorPack, { item: "electricite_FR", criterion: "gwp", stage: "use" }));
 * console.log(t.pack, t.source.length > 0); // "fr-ademe" true
 * ```
 */
export function traceFactor(row: FactorRow): TracedFactor {
  const t: { -readonly [K in keyof TracedFactor]?: TracedFactor[K] } = {
    id: row.id,
    pack: row.pack,
    packVersion: row.packVersion,
    item: row.item,
    criterion: row.criterion,
    value: row.value.toFixed(),
    unit: row.unit,
    year: row.year,
    source: row.source,
    licence: row.licence,
  };
  if (row.stage !== undefined) t.stage = row.stage;
  if (row.min !== undefined) t.min = row.min.toFixed();
  if (row.max !== undefined) t.max = row.max.toFixed();
  if (row.sourceUrl !== undefined) t.sourceUrl = row.sourceUrl;
  return t as TracedFactor;
}
