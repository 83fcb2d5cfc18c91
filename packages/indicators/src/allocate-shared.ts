import type { Decimal } from "decimal.js";
import { ex, Exact, out, toDecimal, type DecimalInput } from "@nrs/core";
import { allocate, type AllocationBasis } from "./allocate.js";

/**
 * A shared service for {@link allocateSharedTotals}: the `entite` code its lines carry, how to split it
 * and the keys of the entities sharing it.
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
 * How one shared total was split.
 *
 * @example
 * ```ts
 * import { allocateSharedTotals, type SharedSplit } from "@nrs/indicators";
 * const s: SharedSplit | undefined = allocateSharedTotals({ dsi: 100 }, [{ code: "dsi", basis: "agents", keys: { epci: 3, ccas: 1 } }]).splits[0];
 * console.log(s?.total.toString(), s?.parts.ccas?.toString()); // 100 25
 * ```
 */
export interface SharedSplit {
  /** The service's code. */
  readonly code: string;
  /** Its key. */
  readonly basis: AllocationBasis;
  /** The keys used, as given. */
  readonly keys: Readonly<Record<string, Decimal>>;
  /** The service's total before the split. */
  readonly total: Decimal;
  /** Each entity's part; they add up to `total` exactly. */
  readonly parts: Readonly<Record<string, Decimal>>;
}

/**
 * Splits the totals of shared services between the entities sharing them and adds each part to the
 * entity's own total. `totals` is keyed by `entite` (an entity or a service code); every service of
 * `services` found there is split with `allocate` (parts rounded to 10 decimal places, the last entity
 * takes the remainder, so the parts add up to the service's total exactly) and removed; the entities
 * receive their parts. Conservation: Σ `byEntity` = Σ `totals`, exactly. A service without a total is
 * skipped (nothing to split); bad keys throw the `NrsError` of `allocate`.
 *
 * @example
 * ```ts
 * import { allocateSharedTotals } from "@nrs/indicators";
 * const r = allocateSharedTotals({ epci: "1000", ccas: "50", dsi: "200" }, [{ code: "dsi", basis: "custom", keys: { epci: "0.85", ccas: "0.15" } }]);
 * console.log(r.byEntity.epci?.toString(), r.byEntity.ccas?.toString(), r.byEntity.dsi); // 1170 80 undefined
 * ```
 */
export function allocateSharedTotals(
  totals: Readonly<Record<string, DecimalInput>>,
  services: readonly SharedServiceKeys[],
): { readonly byEntity: Readonly<Record<string, Decimal>>; readonly splits: readonly SharedSplit[] } {
  const acc = new Map<string, InstanceType<typeof Exact>>(Object.entries(totals).map(([k, v]) => [k, ex(toDecimal(v, ["totals", k]))]));
  const splits: SharedSplit[] = [];
  for (const s of services) {
    const total = acc.get(s.code);
    if (total === undefined) continue;
    acc.delete(s.code);
    const parts = allocate(out(total), s.basis, s.keys);
    for (const [e, part] of Object.entries(parts)) acc.set(e, (acc.get(e) ?? new Exact(0)).plus(ex(part)));
    splits.push({
      code: s.code,
      basis: s.basis,
      keys: Object.fromEntries(Object.entries(s.keys).map(([k, v]) => [k, toDecimal(v, ["keys", k])])),
      total: out(total),
      parts,
    });
  }
  return { byEntity: Object.fromEntries([...acc].map(([k, v]) => [k, out(v)])), splits };
}
