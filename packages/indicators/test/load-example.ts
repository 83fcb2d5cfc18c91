import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  combineFootprints,
  computeHostingInventoryFootprint,
  computeInventoryFootprint,
  computeTerritoryFootprint,
  parseHostingInventory,
  parseInventoryCsv,
  territoryStudyYear,
} from "@nrs/footprint";
import { DATA_FILES, footprintInput, territoryFootprintInput, type IndicatorData } from "@nrs/indicators";
import { DonneesTerritoireSchema } from "@nrs/model";
import { safeParse, type Problem } from "@nrs/core";

export const EXAMPLE = join(import.meta.dirname, "../../../examples/val-de-fictive");

/** Reads the indicator datasets of one year of the example folder (test helper, node only). */
export async function loadExampleYear(year: number): Promise<{ data: IndicatorData; problems: Problem[] }> {
  const dir = join(EXAMPLE, "donnees", String(year));
  const read = (f: string) => readFileSync(join(dir, f), "utf8");
  const problems: Problem[] = [];
  // Every file the data-file registry says this package parses, into its IndicatorData field.
  const records: Record<string, unknown> = {};
  for (const { file, fields, records: r } of DATA_FILES) {
    if (r === undefined || fields[0] === undefined) continue;
    const parsed = await r.parse(read(file));
    problems.push(...parsed.problems.map((p) => ({ ...p, file })));
    records[fields[0]] = parsed.records;
  }
  const collectivite = JSON.parse(readFileSync(join(EXAMPLE, "collectivite.json"), "utf8")) as {
    agentsEtp: string;
    population: { valeur: number };
  };
  const hosting = parseHostingInventory(JSON.parse(read("hebergement.json")));
  if (!hosting.ok) problems.push(...hosting.errors);
  const inventory = await parseInventoryCsv(read("inventaire.csv"));
  const devices = await computeInventoryFootprint(read("inventaire.csv"), { reportingYear: year });
  const hostingFootprint = hosting.ok ? computeHostingInventoryFootprint(hosting.value, { year }) : undefined;
  problems.push(...inventory.problems.map((p) => ({ ...p, file: "inventaire.csv" })));
  // The territory (territoire.json), downscaled with the EPCI's population; the administration as a share.
  const territoire = safeParse(DonneesTerritoireSchema, JSON.parse(read("territoire.json")));
  if (!territoire.ok) problems.push(...territoire.errors);
  const administration = combineFootprints(hostingFootprint === undefined ? [devices] : [devices, hostingFootprint]).impacts;
  const territory = territoire.ok
    ? computeTerritoryFootprint(
        territoryFootprintInput(territoire.value, {
          year: territoryStudyYear(year) ?? 0,
          population: collectivite.population.valeur,
          administration,
        }),
      )
    : undefined;
  const data: IndicatorData = {
    inventory: inventory.items,
    footprint: hostingFootprint === undefined ? footprintInput(devices) : footprintInput(devices, hostingFootprint),
    agents: collectivite.agentsEtp,
    population: collectivite.population.valeur,
    ...(records as Partial<IndicatorData>),
    ...(hosting.ok ? { hosting: [...hosting.value.servers, ...hosting.value.contracts] } : {}),
    ...(territory === undefined ? {} : { territory }),
  };
  return { data, problems };
}
