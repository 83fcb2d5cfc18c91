import { Decimal } from "decimal.js";
import { NrsError, type CsvInput, type DecimalInput, type Problem } from "@nrs/core";
import { defaultFactorPack } from "../packs/default-factor-pack.js";
import { computeParsedEquipment } from "../devices/compute-device.js";
import type { ParsedInput } from "../devices/parsed-device.js";
import { resolveDeviceType } from "./inventory-vocabulary.js";
import { findFactor } from "../packs/factor-query.js";
import type { FactorPack } from "../packs/factor-pack.js";
import type { FootprintResult } from "../footprint-result.js";
import { groupInventory } from "./group-inventory.js";
import type { InventoryGroup, InventoryGroups } from "./inventory-group.js";
import { CRITERIA, STAGES, type Criterion, type Stage } from "../impact/criteria.js";
import { sumImpacts, totalOfCriterion } from "../impact/impact-arithmetic.js";
import type { ImpactCell, ImpactTable } from "../impact.js";
import type { InventoryItem, InventoryStats } from "./inventory-item.js";
// For the {@link} in the docs.
import type { parseInventoryJson } from "./parse-inventory-json.js";
import { parseInventoryCsv } from "./parse-inventory-csv.js";
import type { ParseInventoryCsvOptions } from "./parse-inventory-options.js";
import { computeParsedServerFootprint } from "../hosting/on-premise-footprint.js";
import { mergeTraces, type Trace } from "../trace.js";

/**
 * What {@link computeInventoryFootprint} reads: an inventory CSV (text or chunks) or already parsed items.
 *
 * @example
 * ```ts
 * import { computeInventoryFootprint, parseInventoryCsv, type InventoryFootprintInput } from "@nrs/footprint";
 * const parsed = await parseInventoryCsv("type;quantite\nsmartphone;10\n");
 * const input: InventoryFootprintInput = { items: parsed.items };
 * console.log((await computeInventoryFootprint(input, { reportingYear: 2025 })).ok); // true
 * ```
 */
export type InventoryFootprintInput = CsvInput | {
  /** Items from {@link parseInventoryCsv} or {@link parseInventoryJson}. */
  readonly items: readonly InventoryItem[];
};

/**
 * Options of {@link computeInventoryFootprint}.
 *
 * @example
 * ```ts
 * import { computeInventoryFootprint, type InventoryFootprintOptions } from "@nrs/footprint";
 * const options: InventoryFootprintOptions = { reportingYear: 2024, secondLifeManufacturingShare: "0.2" };
 * const r = await computeInventoryFootprint("type;quantite;origine\nordinateur_portable;5;reemploi\n", options);
 * console.log(r.byStage.manufacturing?.gwp?.value.gt(0)); // true
 * ```
 */
export interface InventoryFootprintOptions extends Pick<ParseInventoryCsvOptions, "mapping" | "maxProblems" | "delimiter" | "knownEntities"> {
  /** The year whose footprint is computed (embodied share and use of that year). */
  readonly reportingYear: number;
  /** Factor pack; the default French pack when absent. */
  readonly pack?: FactorPack;
  /** Share of the manufacturing impact charged to a second life (reused, refurbished); 0 by default. */
  readonly secondLifeManufacturingShare?: DecimalInput;
}

/**
 * The footprint of one {@link InventoryGroup}.
 *
 * @example
 * ```ts
 * import { computeInventoryFootprint, type InventoryGroupFootprint } from "@nrs/footprint";
 * const r = await computeInventoryFootprint("type;quantite;entite\necran;4;epci\necran;2;26901\n", { reportingYear: 2024 });
 * const g: InventoryGroupFootprint | undefined = r.groups[0];
 * console.log(r.groups.length, g?.group.entity); // 2 "26901"
 * ```
 */
export interface InventoryGroupFootprint {
  /** The group of identical lines. */
  readonly group: InventoryGroup;
  /** Its impacts for the year. */
  readonly impacts: ImpactTable;
}

/**
 * A table of one cell per criterion (all stages added up).
 *
 * @example
 * ```ts
 * import { computeInventoryFootprint, type CriterionTotals } from "@nrs/footprint";
 * const r = await computeInventoryFootprint("type;quantite\ntablette;3\n", { reportingYear: 2024 });
 * const totals: CriterionTotals = r.byCriterion;
 * console.log(totals.gwp?.unit, totals.energy?.unit); // kgCO2e kWh
 * ```
 */
export type CriterionTotals = { readonly [C in Criterion]?: ImpactCell };

/**
 * The footprint of an inventory for a reporting year, with its breakdowns and every problem met.
 *
 * @example
 * ```ts
 * import { computeInventoryFootprint, type InventoryFootprintResult } from "@nrs/footprint";
 * const r: InventoryFootprintResult = await computeInventoryFootprint("type;quantite;entite\necran;10;epci\n", { reportingYear: 2024 });
 * console.log(Object.keys(r.byType), r.trace.factors.length > 0); // ["ecran"] true
 * ```
 */
export interface InventoryFootprintResult extends FootprintResult {
  /** The year computed. */
  readonly reportingYear: number;
  /** True when no problem of severity `error` was met: every line was read and computed. */
  readonly ok: boolean;
  /** Parse problems (line, column) and calculation problems (a type the pack does not know...). */
  readonly problems: readonly Problem[];
  /** Counters of the read (records, good and bad rows, quantity). */
  readonly stats: InventoryStats;
  /** Lines and quantity that were read but could not be computed (see `problems`). */
  readonly notComputed: {
    /** Inventory lines. */
    readonly lines: number;
    /** Sum of their quantities. */
    readonly quantity: number;
  };
  /** One entry per group, in a stable order. */
  readonly groups: readonly InventoryGroupFootprint[];
  /** Impacts per type code. */
  readonly byType: Readonly<Record<string, ImpactTable>>;
  /** Impacts per entity (`""` for lines that name none). */
  readonly byEntity: Readonly<Record<string, ImpactTable>>;
  /** Per lifecycle stage, one cell per criterion. */
  readonly byStage: { readonly [S in Stage]?: CriterionTotals };
  /** Per criterion, the sum over the stages. */
  readonly byCriterion: CriterionTotals;
}

function isCsvInput(input: InventoryFootprintInput): input is CsvInput {
  return typeof input === "string" || Symbol.asyncIterator in (input as object) || Symbol.iterator in (input as object);
}

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
 * Computes the footprint of an inventory for a reporting year. Lines are read (every bad line
 * reported), grouped exactly (see {@link InventoryGroup}) and the device calculator is called once per
 * group, so the Decimal work grows with the number of groups, not of lines. The result adds up: the
 * total equals the sum of the groups, of the types and of the entities.
 *
 * @example
 * ```ts
 * import { computeInventoryFootprint } from "@nrs/footprint";
 * const csv = "type;quantite;date_acquisition;entite\n" +
 *   "ordinateur_portable;100;2022-09-01;epci\n" +
 *   "ecran;120;2021-03-15;26901\n";
 * const r = await computeInventoryFootprint(csv, { reportingYear: 2024 });
 * console.log(r.ok, Object.keys(r.byEntity)); // true ["26901", "epci"]
 * console.log(r.byCriterion.gwp?.unit, r.byCriterion.gwp?.value.gt(0)); // kgCO2e true
 * ```
 */
export async function computeInventoryFootprint(input: InventoryFootprintInput, options: InventoryFootprintOptions): Promise<InventoryFootprintResult> {
  const pack = options.pack ?? defaultFactorPack;
  const lifetimeCache = new Map<string, Decimal | undefined>();
  const defaultLifetimes = (type: string): Decimal | undefined => {
    if (!lifetimeCache.has(type)) lifetimeCache.set(type, findFactor(pack, { item: type, criterion: "lifetime" })?.value);
    return lifetimeCache.get(type);
  };
  let problems: Problem[];
  let stats: InventoryStats;
  let grouped: InventoryGroups;
  if (isCsvInput(input)) {
    const parsed = await parseInventoryCsv(input, {
      keepItems: false,
      reportingYear: options.reportingYear,
      defaultLifetimes,
      ...(options.mapping === undefined ? {} : { mapping: options.mapping }),
      ...(options.maxProblems === undefined ? {} : { maxProblems: options.maxProblems }),
      ...(options.knownEntities === undefined ? {} : { knownEntities: options.knownEntities }),
      ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
    });
    problems = [...parsed.problems];
    stats = parsed.stats;
    grouped = parsed.groups as InventoryGroups;
  } else {
    grouped = groupInventory(input.items, { reportingYear: options.reportingYear, defaultLifetimes });
    problems = [...grouped.problems];
    const unallocated = new Set(grouped.problems.map((p) => p.line));
    const kept = input.items.filter((it) => !unallocated.has(it.line));
    stats = {
      records: input.items.length, goodRows: kept.length, badRows: input.items.length - kept.length,
      quantity: kept.reduce((s, it) => s + it.quantity, 0), problemsNotListed: 0,
    };
  }

  const groups: InventoryGroupFootprint[] = [];
  const traces: Trace[] = [];
  let lostLines = 0;
  let lostQuantity = 0;
  for (const g of grouped.groups) {
    try {
      // The groups come from validated lines (and a checked reporting year): the calculators take them
      // as parsed input, which keeps their input validation out of an inventory bundle.
      const equipment: ParsedInput & { readonly year: number } = {
        type: g.type,
        year: grouped.reportingYear,
        // The group's device-years charged were summed line by line over each line's exact window.
        deviceDays: {
          service: g.serviceDeviceDays, amortized: g.amortizedDeviceDays,
          ...(g.chargedDeviceYears === undefined ? {} : { chargedDeviceYears: g.chargedDeviceYears }),
        },
        origin: g.origin,
        ...(g.lifetimeYears === undefined ? {} : { lifetimeYears: g.lifetimeYears }),
        ...(g.location === "" ? {} : { location: g.location }),
        ...(g.annualKwh === undefined ? {} : { use: { kwhPerYear: g.annualKwh, per: "group" as const } }),
      };
      const calcOptions = {
        pack,
        ...(options.secondLifeManufacturingShare === undefined ? {} : { secondLifeManufacturingShare: options.secondLifeManufacturingShare }),
      };
      // Servers listed in the device inventory are computed as hosting does: running 24 h a day, their
      // electricity times the room's PUE (the pack's national figure, as nothing else is known here).
      const r: FootprintResult = resolveDeviceType(g.type)?.kind === "server"
        ? computeParsedServerFootprint(equipment, calcOptions)
        : computeParsedEquipment(equipment, calcOptions, {});
      const impacts = r.impacts;
      const trace = r.trace;
      groups.push({ group: g, impacts });
      traces.push(trace);
    } catch (e) {
      if (!(e instanceof NrsError)) throw e;
      lostLines += g.lines;
      lostQuantity += g.quantity;
      for (const p of e.problems) {
        const where = `${g.type}${g.entity === "" ? "" : `, ${g.entity}`}`;
        problems.push({
          ...p,
          path: ["groups", where, ...p.path],
          ...(g.firstLine === 0 ? {} : { line: g.firstLine }),
          message: {
            fr: `${p.message.fr} (${g.lines} ligne(s), ${g.quantity} équipement(s) non calculés, première ligne ${g.firstLine})`,
            en: `${p.message.en} (${g.lines} line(s), ${g.quantity} item(s) not computed, first line ${g.firstLine})`,
          },
        });
      }
    }
  }

  // Sum the groups once per (type, entity), then those few tables into the total and the breakdowns.
  const pairs = new Map<string, { type: string; entity: string; tables: ImpactTable[] }>();
  for (const g of groups) {
    const k = `${g.group.type}\u0001${g.group.entity}`;
    const p = pairs.get(k);
    if (p === undefined) pairs.set(k, { type: g.group.type, entity: g.group.entity, tables: [g.impacts] });
    else p.tables.push(g.impacts);
  }
  const pairSums = [...pairs.values()].map((p) => ({ type: p.type, entity: p.entity, impacts: sumImpacts(p.tables) }));
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
    reportingYear: grouped.reportingYear,
    ok: !problems.some((p) => p.severity === "error"),
    problems,
    stats,
    notComputed: { lines: lostLines, quantity: lostQuantity },
    groups,
    impacts,
    trace: mergeTraces(...traces),
    byType: byKey(pairSums, (p) => p.type),
    byEntity: byKey(pairSums, (p) => p.entity),
    byStage,
    byCriterion,
  };
}
