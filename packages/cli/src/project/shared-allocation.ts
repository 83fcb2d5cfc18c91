import type { Decimal } from "decimal.js";
import type { Problem } from "@nrs/core";
import { addImpacts, totalOfCriterion, type ImpactTable, type InventoryFootprintResult } from "@nrs/footprint";
import {
  allocateResults,
  allocateSharedFootprints,
  computeIndicators,
  indicatorDefinition,
  type AllocationBasis,
  type ImpactSplit,
  type IndicatorData,
  type SharedService,
  type SharedServiceKeys,
} from "@nrs/indicators";
import { allocationKeys, CLES_REPARTITION, type Collectivite } from "@nrs/model";
import type { SharedFootprintSplit } from "@nrs/report";
import { entityName } from "./entity-name.js";
import type { LoadedProject } from "./load-project.js";
import { LAYOUT } from "./project-layout.js";

// The one module of the CLI that splits shared services: every split goes through `@nrs/indicators`'
// one rule (`allocateImpacts`), footprints with `allocateSharedFootprints`, indicator results with
// `allocateResults`, so `nrs footprint`, `nrs indicators` and `nrs report` give the same parts.

/** One shared service's climate-change figure and each entity's part (kgCO2e; the parts add up to `total` exactly). */
export interface SharedFigureSplit {
  readonly code: string;
  readonly basis: AllocationBasis;
  /** Entity → key, as used. */
  readonly keys: Readonly<Record<string, Decimal>>;
  readonly total: Decimal;
  readonly parts: Readonly<Record<string, Decimal>>;
}

/** The climate-change figure of each entity after the shared services of `collectivite.json` were split. */
export interface SharedAllocation {
  /** One split per shared service that has lines in the year's files. */
  readonly splits: readonly SharedFigureSplit[];
  /** kgCO2e per entity, the services' figures given to the entities sharing them (Σ unchanged, exactly). */
  readonly byEntity: Readonly<Record<string, Decimal>>;
  /** Keys that could not be built (a device key for an entity without devices…), located in collectivite.json. */
  readonly problems: readonly Problem[];
}

/** The footprints of the entities after the split of the shared services (every criterion, exact). */
export interface SharedFootprints {
  /** Each entity's own footprint, the services' included (before the split). */
  readonly own: Readonly<Record<string, ImpactTable>>;
  /** Each entity's own footprint plus its shares, the services removed. */
  readonly byEntity: Readonly<Record<string, ImpactTable>>;
  /** One split per shared service with a footprint. */
  readonly splits: readonly ImpactSplit[];
  /** The services with their keys (also those without a footprint, when `all`). */
  readonly services: readonly SharedServiceKeys[];
  readonly problems: readonly Problem[];
}

/** Σ quantities of the inventory's groups per entity (the `equipements` key). */
export function devicesByEntity(inventory: InventoryFootprintResult | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of inventory?.groups ?? []) out[g.group.entity] = (out[g.group.entity] ?? 0) + g.group.quantity;
  return out;
}

const kgCO2e = (t: ImpactTable | undefined): Decimal | undefined => (t ? totalOfCriterion(t, "gwp")?.value : undefined);

/**
 * Splits the footprints of the shared services of `collectivite.json` between the entities sharing them
 * (`allocationKeys` of `@nrs/model`, `allocateSharedFootprints` of `@nrs/indicators`), every criterion
 * cell by cell. `canonical` names an entity code as the figures are kept (a commune's own INSEE code is
 * the collectivité itself); keys are built for the services with a footprint, or for all when `all`.
 */
export function sharedFootprints(
  project: LoadedProject,
  footprintByEntity: Readonly<Record<string, ImpactTable>>,
  devices: Readonly<Record<string, number>>,
  options: { readonly canonical?: (code: string) => string; readonly all?: boolean } = {},
): SharedFootprints {
  const canonical = options.canonical ?? ((e: string) => e);
  const own: Record<string, ImpactTable> = {};
  for (const [e, table] of Object.entries(footprintByEntity)) {
    const k = canonical(e);
    const before = own[k];
    own[k] = before === undefined ? table : addImpacts(before, table);
  }
  const c = project.collectivite;
  const services: SharedServiceKeys[] = [];
  const problems: Problem[] = [];
  for (const s of c?.servicesPartages ?? []) {
    if (!options.all && kgCO2e(own[s.code]) === undefined) continue;
    const k = allocationKeys(c!, s, devices);
    if (!k.ok) {
      problems.push(...project.locate(LAYOUT.collectivite, k.problems));
      continue;
    }
    const keys: Record<string, string> = {};
    for (const [e, v] of Object.entries(k.value.keys)) keys[canonical(e)] = v;
    services.push({ code: s.code, basis: k.value.basis, keys });
  }
  const r = allocateSharedFootprints(own, services);
  return { own, byEntity: r.byEntity, splits: r.splits, services, problems };
}

/**
 * The climate-change side of {@link sharedFootprints} for `nrs footprint` and the bilan: each service's
 * kgCO2e and each entity's part (the Σ of its share's cells), and each entity's kgCO2e after the split.
 * Undefined when `collectivite.json` declares no shared service.
 */
export function sharedAllocation(
  project: LoadedProject,
  byEntity: Readonly<Record<string, ImpactTable>>,
  devices: Readonly<Record<string, number>>,
): SharedAllocation | undefined {
  if ((project.collectivite?.servicesPartages ?? []).length === 0) return undefined;
  const f = sharedFootprints(project, byEntity, devices);
  const figures = (tables: Readonly<Record<string, ImpactTable>>): Record<string, Decimal> =>
    Object.fromEntries(Object.entries(tables).flatMap(([e, t]) => (kgCO2e(t) === undefined ? [] : [[e, kgCO2e(t)!]])));
  const splits = f.splits.flatMap((s) => {
    const total = kgCO2e(s.total);
    return total === undefined ? [] : [{ code: s.code, basis: s.basis, keys: s.keys, total, parts: figures(s.parts) }];
  });
  return { splits, byEntity: figures(f.byEntity), problems: f.problems };
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

/** One additive figure of a shared service and each entity's part (the parts add up to `total` exactly). */
export interface IndicatorSplitRow {
  readonly code: string;
  readonly unit: string;
  readonly total: Decimal;
  readonly parts: Readonly<Record<string, Decimal>>;
}

/** How one shared service's indicators were split: its key and, per additive indicator, the parts. */
export interface IndicatorSplit {
  /** The service's code (`servicesPartages[].code`). */
  readonly code: string;
  readonly basis: AllocationBasis;
  /** Entity → key, as used. */
  readonly keys: Readonly<Record<string, string>>;
  readonly rows: readonly IndicatorSplitRow[];
}

/**
 * The indicator side: each service's own results (`computeIndicators` on the records tagged with its
 * code, footprint aside) to be split by `rollUp` (`shared`), and the rows that say how (its footprint's
 * kgCO2e from {@link sharedFootprints}, then each additive indicator split with `allocateResults`).
 */
export function sharedIndicators(
  footprints: SharedFootprints,
  data: IndicatorData,
  year: number,
): { readonly shared: readonly SharedService[]; readonly splits: readonly IndicatorSplit[] } {
  const { footprint: _f, agents: _a, population: _p, territory: _t, ...records } = data;
  const shared: SharedService[] = [];
  const splits: IndicatorSplit[] = [];
  for (const s of footprints.services) {
    const keys = Object.fromEntries(Object.entries(s.keys).map(([e, v]) => [e, v.toString()]));
    const rows: IndicatorSplitRow[] = [];
    const fp = footprints.splits.find((x) => x.code === s.code);
    const total = kgCO2e(fp?.total);
    if (fp && total !== undefined) {
      const parts = Object.fromEntries(Object.entries(fp.parts).map(([e, t]) => [e, kgCO2e(t) ?? total.minus(total)]));
      rows.push({ code: "empreinte-carbone-totale", unit: "kgCO2e", total, parts });
    }
    const results = computeIndicators(records, { year, entity: s.code, validate: false });
    const service: SharedService = { results, basis: s.basis, keys };
    shared.push(service);
    const shares = allocateResults(service);
    for (const v of results.values) {
      // A zero (a register with no line of the service's) has nothing to split.
      if (indicatorDefinition(v.code)?.aggregation !== "sum" || v.value.isZero()) continue;
      const parts: Record<string, Decimal> = {};
      for (const r of shares) {
        const x = r.values.find((y) => y.code === v.code);
        if (x) parts[r.entity] = x.value;
      }
      rows.push({ code: v.code, unit: v.unit, total: v.value, parts });
    }
    splits.push({ code: s.code, basis: s.basis, keys, rows });
  }
  return { shared, splits };
}
