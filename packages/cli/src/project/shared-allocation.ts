import type { Decimal } from "decimal.js";
import type { Problem } from "@nrs/core";
import type { ImpactTable, InventoryFootprintResult } from "@nrs/footprint";
import { totalOfCriterion } from "@nrs/footprint";
import { allocateSharedTotals, type SharedServiceKeys, type SharedSplit } from "@nrs/indicators";
import { allocationKeys, CLES_REPARTITION, type Collectivite } from "@nrs/model";
import type { SharedFootprintSplit } from "@nrs/report";
import { entityName } from "./entity-name.js";
import type { LoadedProject } from "./load-project.js";
import { LAYOUT } from "./project-layout.js";

/** The climate-change figure of each entity after the shared services of `collectivite.json` were split. */
export interface SharedAllocation {
  /** One split per shared service that has lines in the year's files. */
  readonly splits: readonly SharedSplit[];
  /** kgCO2e per entity, the services' figures given to the entities sharing them (Σ unchanged, exactly). */
  readonly byEntity: Readonly<Record<string, Decimal>>;
  /** Keys that could not be built (a device key for an entity without devices…), located in collectivite.json. */
  readonly problems: readonly Problem[];
}

/** Σ quantities of the inventory's groups per entity (the `equipements` key). */
export function devicesByEntity(inventory: InventoryFootprintResult | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of inventory?.groups ?? []) out[g.group.entity] = (out[g.group.entity] ?? 0) + g.group.quantity;
  return out;
}

/**
 * Splits the climate-change footprint of the lines tagged with a shared service's code between the
 * entities sharing it, with the service's key (`allocationKeys` of `@nrs/model`, `allocateSharedTotals`
 * of `@nrs/indicators`). Undefined when `collectivite.json` declares no shared service.
 */
export function sharedAllocation(
  project: LoadedProject,
  byEntity: Readonly<Record<string, ImpactTable>>,
  devices: Readonly<Record<string, number>>,
): SharedAllocation | undefined {
  const c = project.collectivite;
  const services = c?.servicesPartages ?? [];
  if (c === undefined || services.length === 0) return undefined;
  const totals: Record<string, Decimal> = {};
  for (const [entity, table] of Object.entries(byEntity)) {
    const cell = totalOfCriterion(table, "gwp");
    if (cell) totals[entity] = cell.value;
  }
  const keyed: SharedServiceKeys[] = [];
  const problems: Problem[] = [];
  for (const s of services) {
    if (totals[s.code] === undefined) continue;
    const k = allocationKeys(c, s, devices);
    if (k.ok) keyed.push({ code: s.code, basis: k.value.basis, keys: k.value.keys });
    else problems.push(...project.locate(LAYOUT.collectivite, k.problems));
  }
  const r = allocateSharedTotals(totals, keyed);
  return { splits: r.splits, byEntity: r.byEntity, problems };
}

/** The splits as the bilan shows them (`repartitions` of the footprint in `@nrs/report`): names, key phrase, parts. */
export function footprintSplits(a: SharedAllocation, c: Collectivite): SharedFootprintSplit[] {
  return a.splits.map((s) => {
    const service = c.servicesPartages?.find((x) => x.code === s.code);
    return {
      service: service?.nom ?? s.code,
      cle: service ? CLES_REPARTITION[service.cle] : { fr: s.basis, en: s.basis },
      unit: "kgCO2e",
      total: s.total,
      parts: Object.entries(s.parts).map(([e, part]) => ({ entite: entityName(c, e), cle: s.keys[e]!, part })),
    };
  });
}
