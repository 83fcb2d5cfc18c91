import type { Problem } from "@nrs/core";
import {
  combineFootprints,
  type FactorPack,
  type HostingInventoryFootprintResult,
  type InventoryFootprintResult,
  type TerritoryFootprintResult,
} from "@nrs/footprint";
import { DATA_FILES, footprintInput, InventorySummaryBuilder, type IndicatorData } from "@nrs/indicators";
import type { Reporter } from "../output/reporter.js";
import { computeHosting } from "./compute-hosting.js";
import { computeInventory } from "./compute-inventory.js";
import { computeTerritory } from "./compute-territory.js";
import { knownEntities } from "./known-entities.js";
import type { LoadedProject } from "./load-project.js";
import { LAYOUT, type DataFile } from "./project-layout.js";

/** The data files of one year, read by the libraries' parsers, ready for `computeIndicators`. */
export interface YearData {
  readonly year: number;
  readonly data: IndicatorData;
  /** The inventory's footprint, when there is an inventory. */
  readonly inventory: InventoryFootprintResult | undefined;
  /** The hosting's footprint, when there is a hosting inventory without error. */
  readonly hosting: HostingInventoryFootprintResult | undefined;
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
 * inventory is read once, as a stream, in constant memory: its footprint (the same figures in every
 * command) and, with `inventoryLines: true`, the `InventorySummary` of the devices in service that the
 * indicators counting devices read (`InventorySummaryBuilder` fed line by line; no line is kept).
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

  let inventory: InventoryFootprintResult | undefined;
  if (files.includes("inventaire.csv")) {
    const file = LAYOUT.data(year, "inventaire.csv");
    const devices = options.inventoryLines ? new InventorySummaryBuilder(year) : undefined;
    inventory = await computeInventory(project, year, pack, r, devices && ((line) => devices.add(line)));
    if (devices) data.inventory = devices.result();
    problems.push(...inventory.problems);
    if (inventory.stats.problemsNotListed > 0) {
      problems.push({
        code: "NRS_PROBLEMS_NOT_LISTED",
        severity: "info",
        path: [],
        file: project.files.display(file),
        message: {
          fr: `${inventory.stats.problemsNotListed} autres problèmes non listés.`,
          en: `${inventory.stats.problemsNotListed} more problems not listed.`,
        },
      });
    }
  }

  let hosting: HostingInventoryFootprintResult | undefined;
  if (files.includes("hebergement.json")) {
    const h = await computeHosting(project, year, pack);
    problems.push(...h.problems);
    if (h.inventory) data.hosting = [...h.inventory.servers, ...h.inventory.contracts];
    hosting = h.footprint;
  }
  const footprints = [inventory, hosting].filter((f) => f !== undefined);
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
  return { year, data, inventory, hosting, ...(territory ? { territory } : {}), problems, files };
}
