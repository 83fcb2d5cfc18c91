import type { Decimal } from "decimal.js";
import type { Problem } from "@nrs/core";
import type { ImpactTable } from "@nrs/footprint";
import {
  allocateResults,
  computeIndicators,
  DEFAULT_ENTITY,
  indicatorDefinition,
  rollUp,
  type AllocationBasis,
  type FactorPackRef,
  type IndicatorData,
  type IndicatorResults,
  type SharedService,
} from "@nrs/indicators";
import { allocationKeys } from "@nrs/model";
import { boundEntities, entityFigures, sameEntity } from "./bound-entities.js";
import { addTable, gwpTotal, splitTable, tableOf, type EntityImpactTable, type TableAcc } from "./entity-footprint.js";
import type { LoadedProject } from "./load-project.js";
import { LAYOUT } from "./project-layout.js";

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

/** An entity's footprint after the split (every criterion, exact). */
export interface EntityFootprint {
  readonly own: EntityImpactTable;
  readonly shares: readonly { readonly service: string; readonly table: EntityImpactTable }[];
  readonly total: EntityImpactTable;
}

/** The indicators of each bound entity, shared services split between the entities sharing them. */
export interface EntityIndicators {
  /** The collectivité, its member communes and its linked entities, in that order. */
  readonly entities: readonly string[];
  /** Each entity's own results plus its shares. */
  readonly byEntity: ReadonlyMap<string, IndicatorResults>;
  /** Each entity's footprint: its own lines', its share of each service's, and the sum. */
  readonly footprints: ReadonlyMap<string, EntityFootprint>;
  readonly splits: readonly IndicatorSplit[];
  /** Keys that could not be built (located in collectivite.json). */
  readonly problems: readonly Problem[];
}

function footprintOf(table: EntityImpactTable, factorPacks: readonly FactorPackRef[] | undefined): IndicatorData["footprint"] {
  const gwp = table["gwp"];
  if (gwp === undefined || Object.keys(gwp).length === 0) return undefined;
  return { impacts: { gwp }, ...(factorPacks ? { factorPacks } : {}) };
}

/**
 * Splits the shared services of `collectivite.json` between the entities sharing them, indicator by
 * indicator, on computed results only: each entity's indicators are computed on its own records
 * (`computeIndicators` with `entity`) and its own footprint, agents and population; a service's
 * footprint is split cell by cell (`allocate`) before the entities' footprint indicators are computed
 * (so « per agent » includes the share), and its other indicators with `allocateResults` then added to
 * each entity's own (`rollUp`). Undefined when `collectivite.json` declares no shared service (unless
 * `always`: a joint report needs each entity's figures all the same).
 */
export function entityIndicators(
  project: LoadedProject,
  year: number,
  data: IndicatorData,
  footprintByEntity: Readonly<Record<string, ImpactTable>>,
  devices: Readonly<Record<string, number>>,
  options: { readonly always?: boolean } = {},
): EntityIndicators | undefined {
  const c = project.collectivite;
  if (c === undefined || (!options.always && (c.servicesPartages ?? []).length === 0)) return undefined;
  const entities = boundEntities(c);
  const canonical = (e: string): string => (e === "" || sameEntity(c, e) ? DEFAULT_ENTITY : e);
  const own = new Map<string, TableAcc>();
  for (const [e, table] of Object.entries(footprintByEntity)) {
    const key = canonical(e);
    const acc = own.get(key) ?? new Map();
    addTable(acc, table);
    own.set(key, acc);
  }
  const received = new Map<string, { service: string; table: TableAcc }[]>();
  const problems: Problem[] = [];
  const splits: IndicatorSplit[] = [];
  const shared: SharedService[] = [];
  for (const s of c.servicesPartages ?? []) {
    const k = allocationKeys(c, s, devices);
    if (!k.ok) {
      problems.push(...project.locate(LAYOUT.collectivite, k.problems));
      continue;
    }
    const keys: Record<string, string> = {};
    for (const [e, v] of Object.entries(k.value.keys)) keys[canonical(e)] = v;
    const rows: IndicatorSplitRow[] = [];
    // The service's footprint, split cell by cell into the entities' footprints.
    const mine = own.get(s.code);
    own.delete(s.code);
    if (mine !== undefined && mine.size > 0) {
      const parts: Record<string, Decimal> = {};
      for (const [e, table] of splitTable(mine, k.value.basis, keys)) {
        received.set(e, [...(received.get(e) ?? []), { service: s.code, table }]);
        parts[e] = gwpTotal(table);
      }
      rows.push({ code: "empreinte-carbone-totale", unit: "kgCO2e", total: gwpTotal(mine), parts });
    }
    const { footprint: _f, agents: _a, population: _p, territory: _t, ...records } = data;
    const results = computeIndicators(records, { year, entity: s.code, validate: false });
    const service: SharedService = { results, basis: k.value.basis, keys };
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
    splits.push({ code: s.code, basis: k.value.basis, keys, rows });
  }
  const packs = data.footprint?.factorPacks;
  const footprints = new Map<string, EntityFootprint>();
  const ownResults = entities.map((e) => {
    const total: TableAcc = new Map();
    addTable(total, tableOf(own.get(e) ?? new Map()));
    for (const r of received.get(e) ?? []) addTable(total, tableOf(r.table));
    const footprint = tableOf(total);
    footprints.set(e, {
      own: tableOf(own.get(e) ?? new Map()),
      shares: (received.get(e) ?? []).map((r) => ({ service: r.service, table: tableOf(r.table) })),
      total: footprint,
    });
    const { footprint: _f, agents: _a, population: _p, territory: _t, ...records } = data;
    const f = footprintOf(footprint, packs);
    const d: IndicatorData = { ...records, ...entityFigures(c, e), ...(f ? { footprint: f } : {}) };
    const aliases = e === DEFAULT_ENTITY && c.type === "COMMUNE" && c.codeInsee !== undefined ? [c.codeInsee] : [];
    return computeIndicators(d, { year, entity: e, aliases, validate: false });
  });
  const rolled = rollUp({ id: "\u0000all", children: entities.map((id) => ({ id })) }, ownResults, { shared });
  const byEntity = new Map(entities.flatMap((e) => (rolled.has(e) ? [[e, rolled.get(e)!] as const] : [])));
  return { entities, byEntity, footprints, splits, problems };
}
