import type { Problem } from "@nrs/core";
import {
  combineFootprints,
  findFactor,
  parseInventoryCsv,
  type FactorPack,
  type HostingInventoryFootprintResult,
  type InventoryItem,
  type TerritoryFootprintResult,
} from "@nrs/footprint";
import { DATA_FILES, footprintInput, type IndicatorData } from "@nrs/indicators";
import type { Reporter } from "../output/reporter.js";
import { computeHosting } from "./compute-hosting.js";
import { computeInventory, type YearInventoryFootprint } from "./compute-inventory.js";
import { printingFootprint, readPrinting, type PrintingFootprint } from "./compute-printing.js";
import { computeTerritory } from "./compute-territory.js";
import { inventorySources } from "./inventory-sources.js";
import { knownEntities } from "./known-entities.js";
import type { LoadedProject } from "./load-project.js";
import { LAYOUT, type DataFile } from "./project-layout.js";

/** The data files of one year, read by the libraries' parsers, ready for `computeIndicators`. */
export interface YearData {
  readonly year: number;
  readonly data: IndicatorData;
  /** The inventory's footprint, when there is an inventory. */
  readonly inventory: YearInventoryFootprint | undefined;
  /** The hosting's footprint, when there is a hosting inventory without error. */
  readonly hosting: HostingInventoryFootprintResult | undefined;
  /** The paper of the year's printing (`impressions.csv`), when there is one without a factor problem. */
  readonly printing?: PrintingFootprint;
  /** The territory's footprint, when the year has a `territoire.json` without error. */
  readonly territory?: TerritoryFootprintResult;
  /** Every problem of every file, with file, line and column. */
  readonly problems: readonly Problem[];
  /** The data files present. */
  readonly files: readonly DataFile[];
}

/**
 * Reads every data file of `donnees/<year>/` with the parser of the library that owns its format and
 * assembles `@nrs/indicators`' `IndicatorData` (agents and population from `collectivite.json`). The
 * inventory's footprint is always computed from a stream (constant memory, and the same figures in
 * every command); with `inventoryLines: true` its good lines are also kept, for the indicators that
 * count devices.
 */
export async function loadYearData(
  project: LoadedProject,
  year: number,
  pack: FactorPack,
  r: Reporter,
  options: { readonly inventoryLines: boolean },
): Promise<YearData> {
  const files = await project.files.dataFiles(year);
  const problems: Problem[] = [];
  const data: { -readonly [K in keyof IndicatorData]: IndicatorData[K] } = {};
  const c = project.collectivite;
  if (c?.agentsEtp !== undefined) data.agents = c.agentsEtp;
  if (c) data.population = c.population.valeur;

  const inventory = files.includes("inventaire.csv") ? await computeInventory(project, year, pack, r) : undefined;
  if (inventory) {
    problems.push(...inventory.problems);
    if (options.inventoryLines) {
      // A second read keeps the good lines for the indicators that count devices; its problems are the
      // ones the first read already reported. The pack's default lifetimes are those of the first read,
      // so the same lines are kept (without them a line with a date and no lifetime would be dropped).
      const defaultLifetimes = (type: string) => findFactor(pack, { item: type, criterion: "lifetime" })?.value;
      const items: InventoryItem[] = [];
      for (const source of await inventorySources(project, year)) {
        const parsed = await parseInventoryCsv(source.stream(), { keepItems: true, reportingYear: year, defaultLifetimes, ...source.read });
        items.push(...parsed.items);
      }
      data.inventory = items;
    }
  }

  let hosting: HostingInventoryFootprintResult | undefined;
  if (files.includes("hebergement.json")) {
    const h = await computeHosting(project, year, pack);
    problems.push(...h.problems);
    if (h.inventory) data.hosting = [...h.inventory.servers, ...h.inventory.contracts];
    hosting = h.footprint;
  }
  // The paper of impressions.csv joins the footprint like any other source; the file's own problems are
  // reported once, by the reading of the data files below.
  let printing: PrintingFootprint | undefined;
  if (files.includes("impressions.csv")) {
    const p = printingFootprint(project, year, (await readPrinting(project, year)).records, pack);
    problems.push(...p.problems);
    printing = p.footprint;
  }
  const footprints = [inventory, hosting, printing].filter((f) => f !== undefined);
  if (footprints.length > 0) data.footprint = footprintInput(...footprints);
  let territory: TerritoryFootprintResult | undefined;
  if (files.includes("territoire.json")) {
    const t = await computeTerritory(project, year, footprints.length > 0 ? combineFootprints(footprints).impacts : undefined);
    problems.push(...t.problems);
    territory = t.footprint;
    if (territory) data.territory = territory;
  }

  // An entity missing from collectivite.json is an error at its cell: the record is refused.
  const known = knownEntities(c);
  for (const { file, fields, records } of DATA_FILES) {
    const key = fields[0];
    if (records === undefined || key === undefined || !files.includes(file)) continue;
    const path = LAYOUT.data(year, file);
    const parsed = await records.parse(project.files.stream(path), known ? { knownEntities: known } : {});
    (data as Record<string, unknown>)[key] = parsed.records;
    problems.push(...project.files.withFile(path, parsed.problems));
  }
  return { year, data, inventory, hosting, ...(printing ? { printing } : {}), ...(territory ? { territory } : {}), problems, files };
}
