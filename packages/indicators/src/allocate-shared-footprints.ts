import type { Decimal } from "decimal.js";
import { toDecimal, type DecimalInput } from "@nrs/core";
import { addImpacts, impactCells, type ImpactCell, type ImpactTable } from "@nrs/footprint";
import { allocateImpacts, type AllocationBasis } from "./allocate-impacts.js";

/**
 * A shared service for {@link allocateSharedFootprints}: the `entite` code its lines carry, how to split
 * it and the keys of the entities sharing it.
 *
 * @example
 * ```ts
 * import type { SharedServiceKeys } from "@nrs/indicators";
 * const s: SharedServiceKeys = { code: "dsi", basis: "custom", keys: { epci: "0.85", ccas: "0.15" } };
 * console.log(s.code); // dsi
 * ```
 */
export interface SharedServiceKeys {
  /** The `entite` of the service's lines. */
  readonly code: string;
  /** Allocation key. */
  readonly basis: AllocationBasis;
  /** Entity → key (shares adding up to 1 for `custom`). */
  readonly keys: Readonly<Record<string, DecimalInput>>;
}

/**
 * How one shared service's footprint was split: its impact table and each entity's share of it, cell
 * by cell (every criterion and stage, value, min and max), with {@link allocateImpacts}.
 *
 * @example
 * ```ts
 * import { impactTable, totalOfCriterion } from "@nrs/footprint";
 * import { allocateSharedFootprints, type ImpactSplit } from "@nrs/indicators";
 * const dsi = impactTable([{ criterion: "gwp", stage: "use", value: 100 }]);
 * const s: ImpactSplit | undefined = allocateSharedFootprints({ dsi }, [{ code: "dsi", basis: "agents", keys: { epci: 3, ccas: 1 } }]).splits[0];
 * console.log(totalOfCriterion(s!.total, "gwp")?.value.toString(), totalOfCriterion(s!.parts.ccas!, "gwp")?.value.toString()); // 100 25
 * ```
 */
export interface ImpactSplit {
  /** The service's code. */
  readonly code: string;
  /** Its key. */
  readonly basis: AllocationBasis;
  /** The keys used, as given. */
  readonly keys: Readonly<Record<string, Decimal>>;
  /** The service's footprint before the split. */
  readonly total: ImpactTable;
  /** Each entity's share; cell by cell, the shares add up to `total` exactly. */
  readonly parts: Readonly<Record<string, ImpactTable>>;
}

type MutableTable = Record<string, Record<string, ImpactCell>>;

/** Each entity's share of every cell of `table` (value, min and max split together by the one rule). */
function splitTable(table: ImpactTable, basis: AllocationBasis, keys: Readonly<Record<string, DecimalInput>>): Record<string, ImpactTable> {
  const shares: Record<string, MutableTable> = Object.fromEntries(Object.keys(keys).map((e) => [e, {}]));
  for (const { criterion, stage, cell } of impactCells(table)) {
    const parts = allocateImpacts(cell, basis, keys);
    for (const [e, p] of Object.entries(parts)) {
      const row = (shares[e]![criterion] ??= {});
      row[stage] = { value: p.value, min: p.min ?? p.value, max: p.max ?? p.value, unit: cell.unit };
    }
  }
  return shares as Record<string, ImpactTable>;
}

/**
 * Splits the footprints of shared services between the entities sharing them and adds each share to
 * the entity's own footprint. `byEntity` is keyed by `entite` (an entity or a service code); every
 * service of `services` found there is split cell by cell with {@link allocateImpacts} (each part
 * truncated to 10 decimal places, the last entity with a non-zero key takes the remainder, so every
 * cell's parts add up to the cell exactly) and removed; the entities receive their shares. Services are
 * taken in order (a service sharing into a later one passes it its share). Conservation: cell by cell,
 * Σ `byEntity` after = Σ `byEntity` before, exactly. A service without a footprint is skipped; bad keys
 * throw the `NrsError` of `allocateImpacts`.
 *
 * @example
 * ```ts
 * import { impactTable, totalOfCriterion } from "@nrs/footprint";
 * import { allocateSharedFootprints } from "@nrs/indicators";
 * const gwp = (value: string) => impactTable([{ criterion: "gwp", stage: "use", value }]);
 * const r = allocateSharedFootprints({ epci: gwp("1000"), ccas: gwp("50"), dsi: gwp("200") }, [
 *   { code: "dsi", basis: "custom", keys: { epci: "0.85", ccas: "0.15" } },
 * ]);
 * const kg = (e: string) => totalOfCriterion(r.byEntity[e] ?? {}, "gwp")?.value.toString();
 * console.log(kg("epci"), kg("ccas"), kg("dsi")); // 1170 80 undefined
 * ```
 */
export function allocateSharedFootprints(
  byEntity: Readonly<Record<string, ImpactTable>>,
  services: readonly SharedServiceKeys[],
): { readonly byEntity: Readonly<Record<string, ImpactTable>>; readonly splits: readonly ImpactSplit[] } {
  const acc = new Map<string, ImpactTable>(Object.entries(byEntity));
  const splits: ImpactSplit[] = [];
  for (const s of services) {
    const total = acc.get(s.code);
    if (total === undefined || impactCells(total).length === 0) continue;
    acc.delete(s.code);
    const parts = splitTable(total, s.basis, s.keys);
    for (const [e, share] of Object.entries(parts)) {
      const mine = acc.get(e);
      acc.set(e, mine === undefined ? addImpacts(share) : addImpacts(mine, share));
    }
    const keys = Object.fromEntries(Object.entries(s.keys).map(([k, v]) => [k, toDecimal(v, ["keys", k])]));
    splits.push({ code: s.code, basis: s.basis, keys, total, parts });
  }
  return { byEntity: Object.fromEntries(acc), splits };
}
