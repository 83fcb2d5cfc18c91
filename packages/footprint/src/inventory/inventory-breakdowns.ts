import { CRITERIA, STAGES, type Criterion, type Stage } from "../impact/criteria.js";
import { sumImpacts, totalOfCriterion } from "../impact/impact-arithmetic.js";
import type { ImpactCell, ImpactTable } from "../impact.js";
import type { CriterionTotals, InventoryGroupFootprint } from "./inventory-footprint-result.js";

function byKey<T extends { readonly impacts: ImpactTable }>(entries: readonly T[], key: (e: T) => string): Record<string, ImpactTable> {
  const parts = new Map<string, ImpactTable[]>();
  for (const e of entries) {
    const k = key(e);
    const list = parts.get(k);
    if (list === undefined) parts.set(k, [e.impacts]);
    else list.push(e.impacts);
  }
  const out: Record<string, ImpactTable> = {};
  for (const k of [...parts.keys()].sort()) out[k] = sumImpacts(parts.get(k) as ImpactTable[]);
  return out;
}

/**
 * The total of an inventory's groups and its breakdowns (per type, per entity, per site, per stage, per
 * criterion). The groups are summed once per (type, entity, site), then those few tables, so the total
 * equals the sum of each breakdown exactly. @internal
 */
export function inventoryBreakdowns(groups: readonly InventoryGroupFootprint[]): {
  readonly impacts: ImpactTable;
  readonly byType: Record<string, ImpactTable>;
  readonly byEntity: Record<string, ImpactTable>;
  readonly bySite: Record<string, ImpactTable>;
  readonly byStage: { readonly [S in Stage]?: CriterionTotals };
  readonly byCriterion: CriterionTotals;
} {
  const pairs = new Map<string, { type: string; entity: string; site: string; tables: ImpactTable[] }>();
  for (const g of groups) {
    const k = `${g.group.type}\u0001${g.group.entity}\u0001${g.group.site}`;
    const p = pairs.get(k);
    if (p === undefined) pairs.set(k, { type: g.group.type, entity: g.group.entity, site: g.group.site, tables: [g.impacts] });
    else p.tables.push(g.impacts);
  }
  const pairSums = [...pairs.values()].map((p) => ({ type: p.type, entity: p.entity, site: p.site, impacts: sumImpacts(p.tables) }));
  const impacts = sumImpacts(pairSums.map((p) => p.impacts));
  const byStage: { [S in Stage]?: { [C in Criterion]?: ImpactCell } } = {};
  const byCriterion: { [C in Criterion]?: ImpactCell } = {};
  for (const c of CRITERIA) {
    const row = impacts[c];
    if (row === undefined) continue;
    const total = totalOfCriterion(impacts, c);
    if (total !== undefined) byCriterion[c] = total;
    for (const s of STAGES) {
      const cell = row[s];
      if (cell !== undefined) (byStage[s] ??= {})[c] = cell;
    }
  }
  return {
    impacts,
    byType: byKey(pairSums, (p) => p.type),
    byEntity: byKey(pairSums, (p) => p.entity),
    bySite: byKey(pairSums, (p) => p.site),
    byStage,
    byCriterion,
  };
}
