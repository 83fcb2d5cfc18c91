import type { Decimal } from "decimal.js";
import { ex, Exact, out, type ExactValue, type Problem } from "@nrs/core";
import type { ImpactTable } from "@nrs/footprint";
import {
  allocate,
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

/** The indicators of each bound entity, shared services split between the entities sharing them. */
export interface EntityIndicators {
  /** The collectivité, its member communes and its linked entities, in that order. */
  readonly entities: readonly string[];
  /** Each entity's own results plus its shares. */
  readonly byEntity: ReadonlyMap<string, IndicatorResults>;
  readonly splits: readonly IndicatorSplit[];
  /** Keys that could not be built (located in collectivite.json). */
  readonly problems: readonly Problem[];
}

type Gwp = Map<string, ExactValue>;

function addGwp(into: Gwp, table: ImpactTable | undefined): void {
  for (const [stage, cell] of Object.entries(table?.gwp ?? {}))
    if (cell) into.set(stage, (into.get(stage) ?? new Exact(0)).plus(ex(cell.value)));
}

function footprintOf(gwp: Gwp | undefined, factorPacks: readonly FactorPackRef[] | undefined): IndicatorData["footprint"] {
  if (gwp === undefined || gwp.size === 0) return undefined;
  const cells = Object.fromEntries([...gwp].map(([stage, v]) => [stage, { value: out(v), unit: "kgCO2e" }]));
  return { impacts: { gwp: cells }, ...(factorPacks ? { factorPacks } : {}) };
}

/**
 * Splits the shared services of `collectivite.json` between the entities sharing them, indicator by
 * indicator, on computed results only: each entity's indicators are computed on its own records
 * (`computeIndicators` with `entity`) and its own footprint, agents and population; a service's
 * footprint is split stage by stage (`allocate`) before the entities' footprint indicators are computed
 * (so « per agent » includes the share), and its other indicators with `allocateResults` then added to
 * each entity's own (`rollUp`). Undefined when `collectivite.json` declares no shared service.
 */
export function entityIndicators(
  project: LoadedProject,
  year: number,
  data: IndicatorData,
  footprintByEntity: Readonly<Record<string, ImpactTable>>,
  devices: Readonly<Record<string, number>>,
): EntityIndicators | undefined {
  const c = project.collectivite;
  if (c === undefined || (c.servicesPartages ?? []).length === 0) return undefined;
  const entities = boundEntities(c);
  const canonical = (e: string): string => (e === "" || sameEntity(c, e) ? DEFAULT_ENTITY : e);
  const gwp = new Map<string, Gwp>();
  for (const [e, table] of Object.entries(footprintByEntity)) {
    const key = canonical(e);
    const g = gwp.get(key) ?? new Map<string, ExactValue>();
    addGwp(g, table);
    gwp.set(key, g);
  }
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
    // The service's footprint, split stage by stage into the entities' own footprints.
    const own = gwp.get(s.code);
    gwp.delete(s.code);
    if (own !== undefined && own.size > 0) {
      const parts: Record<string, ExactValue> = {};
      let total: ExactValue = new Exact(0);
      for (const [stage, v] of own) {
        total = total.plus(v);
        for (const [e, part] of Object.entries(allocate(out(v), k.value.basis, keys))) {
          const g = gwp.get(e) ?? new Map<string, ExactValue>();
          g.set(stage, (g.get(stage) ?? new Exact(0)).plus(ex(part)));
          gwp.set(e, g);
          parts[e] = (parts[e] ?? new Exact(0)).plus(ex(part));
        }
      }
      const partsOut = Object.fromEntries(Object.entries(parts).map(([e, v]) => [e, out(v)]));
      rows.push({ code: "empreinte-carbone-totale", unit: "kgCO2e", total: out(total), parts: partsOut });
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
  const own = entities.map((e) => {
    const f = entityFigures(c, e);
    const footprint = footprintOf(gwp.get(e), packs);
    const { footprint: _f, agents: _a, population: _p, territory: _t, ...records } = data;
    const d: IndicatorData = { ...records, ...f, ...(footprint ? { footprint } : {}) };
    const aliases = e === DEFAULT_ENTITY && c.type === "COMMUNE" && c.codeInsee !== undefined ? [c.codeInsee] : [];
    return computeIndicators(d, { year, entity: e, aliases, validate: false });
  });
  const rolled = rollUp({ id: "\u0000all", children: entities.map((id) => ({ id })) }, own, { shared });
  const byEntity = new Map(entities.flatMap((e) => (rolled.has(e) ? [[e, rolled.get(e)!] as const] : [])));
  return { entities, byEntity, splits, problems };
}
