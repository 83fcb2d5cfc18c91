import { definedProps, type Problem } from "@nrs/core";
import type { ImpactTable } from "@nrs/footprint";
import { computeIndicators, DEFAULT_ENTITY, rollUp, type FactorPackRef, type IndicatorData, type IndicatorResults } from "@nrs/indicators";
import { boundEntities, entityFigures, sameEntity } from "./bound-entities.js";
import type { LoadedProject } from "./load-project.js";
import { sharedFootprints, sharedIndicators, type IndicatorSplit } from "./shared-allocation.js";

/** An entity's footprint after the split (every criterion, exact). */
export interface EntityFootprint {
  readonly own: ImpactTable;
  readonly shares: readonly { readonly service: string; readonly table: ImpactTable }[];
  readonly total: ImpactTable;
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

function footprintOf(table: ImpactTable, factorPacks: readonly FactorPackRef[] | undefined): IndicatorData["footprint"] {
  const gwp = table.gwp;
  if (gwp === undefined || Object.keys(gwp).length === 0) return undefined;
  return { impacts: { gwp }, ...definedProps({ factorPacks }) };
}

/**
 * Splits the shared services of `collectivite.json` between the entities sharing them, indicator by
 * indicator, on computed results only: each entity's indicators are computed on its own records
 * (`computeIndicators` with `entity`) and its own footprint, agents and population; a service's
 * footprint is split cell by cell (`sharedFootprints`, the one allocating module) before the entities'
 * footprint indicators are computed (so « per agent » includes the share), and its other indicators are
 * split and added to each entity's own by `rollUp` (`shared`, from `sharedIndicators`). Undefined when
 * `collectivite.json` declares no shared service (unless `always`: a joint report needs each entity's
 * figures all the same).
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
  const fp = sharedFootprints(project, footprintByEntity, devices, { canonical, all: true });
  const { shared, splits } = sharedIndicators(fp, data, year);
  const packs = data.footprint?.factorPacks;
  const footprints = new Map<string, EntityFootprint>();
  const { footprint: _f, agents: _a, population: _p, territory: _t, ...records } = data;
  const ownResults = entities.map((e) => {
    const total = fp.byEntity[e] ?? {};
    footprints.set(e, {
      own: fp.own[e] ?? {},
      shares: fp.splits.flatMap((s) => (s.parts[e] === undefined ? [] : [{ service: s.code, table: s.parts[e] }])),
      total,
    });
    const f = footprintOf(total, packs);
    const d: IndicatorData = { ...records, ...entityFigures(c, e), ...definedProps({ footprint: f }) };
    const aliases = e === DEFAULT_ENTITY && c.type === "COMMUNE" && c.codeInsee !== undefined ? [c.codeInsee] : [];
    return computeIndicators(d, { year, entity: e, aliases, validate: false });
  });
  const rolled = rollUp({ id: "\u0000all", children: entities.map((id) => ({ id })) }, ownResults, { shared });
  const byEntity = new Map(entities.flatMap((e) => (rolled.has(e) ? [[e, rolled.get(e)!] as const] : [])));
  return { entities, byEntity, footprints, splits, problems: fp.problems };
}
