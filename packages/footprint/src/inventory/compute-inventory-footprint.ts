import { definedProps } from "@nrs/core";
import type { Decimal } from "decimal.js";
import type { CsvInput, Problem } from "@nrs/core";
import { findFactor } from "../packs/factor-query.js";
import { defaultCalculatorPack } from "../packs/default-factor-pack.js";
import { mergeTraces, type Trace } from "../trace.js";
import { computeInventoryGroup } from "./compute-inventory-group.js";
import { groupInventory } from "./group-inventory.js";
import { inventoryBreakdowns } from "./inventory-breakdowns.js";
import type {
  InventoryFootprintInput,
  InventoryFootprintOptions,
  InventoryFootprintResult,
  InventoryGroupFootprint,
} from "./inventory-footprint-result.js";
import type { InventoryGroups } from "./inventory-group.js";
import type { InventoryItemInput, InventoryStats } from "./inventory-item.js";
import type { InventoryLineView } from "./inventory-line-view.js";
import { parseInventoryCsv } from "./parse-inventory-csv.js";

function lineView(it: InventoryItemInput): InventoryLineView {
  return {
    line: it.line,
    type: it.type,
    quantity: it.quantity,
    acquisitionDate: it.acquisitionDate,
    retirementDate: it.retirementDate,
    entity: it.entity ?? "",
    site: it.site ?? "",
  };
}

function isCsvInput(input: InventoryFootprintInput): input is CsvInput {
  return typeof input === "string" || Symbol.asyncIterator in (input as object) || Symbol.iterator in (input as object);
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
export async function computeInventoryFootprint(
  input: InventoryFootprintInput,
  options: InventoryFootprintOptions,
): Promise<InventoryFootprintResult> {
  const pack = options.pack ?? defaultCalculatorPack;
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
      ...definedProps({
        mapping: options.mapping,
        maxProblems: options.maxProblems,
        knownEntities: options.knownEntities,
        delimiter: options.delimiter,
        profile: options.profile,
        profileSettings: options.profileSettings,
        dayOrder: options.dayOrder,
        onLine: options.onLine,
      }),
    });
    problems = [...parsed.problems];
    stats = parsed.stats;
    grouped = parsed.groups as InventoryGroups;
  } else {
    grouped = groupInventory(input.items, { reportingYear: options.reportingYear, defaultLifetimes });
    problems = [...grouped.problems];
    const unallocated = new Set(grouped.problems.map((p) => p.line));
    const kept = input.items.filter((it) => !unallocated.has(it.line));
    if (options.onLine !== undefined) for (const it of kept) options.onLine(lineView(it));
    stats = {
      records: input.items.length,
      goodRows: kept.length,
      badRows: input.items.length - kept.length,
      quantity: kept.reduce((s, it) => s + it.quantity, 0),
      problemsNotListed: 0,
    };
  }

  const groups: InventoryGroupFootprint[] = [];
  const traces: Trace[] = [];
  let lostLines = 0;
  let lostQuantity = 0;
  for (const g of grouped.groups) {
    const r = computeInventoryGroup(g, grouped.reportingYear, pack, options.secondLifeManufacturingShare, problems);
    if (r === undefined) {
      lostLines += g.lines;
      lostQuantity += g.quantity;
      continue;
    }
    groups.push({ group: g, impacts: r.impacts });
    traces.push(r.trace);
  }
  const { impacts, byType, byEntity, bySite, byStage, byCriterion } = inventoryBreakdowns(groups);
  return {
    reportingYear: grouped.reportingYear,
    ok: !problems.some((p) => p.severity === "error"),
    problems,
    stats,
    notComputed: { lines: lostLines, quantity: lostQuantity },
    groups,
    impacts,
    trace: mergeTraces(...traces),
    byType,
    byEntity,
    bySite,
    byStage,
    byCriterion,
  };
}
