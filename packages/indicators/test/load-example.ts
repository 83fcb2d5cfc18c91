import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computeHostingInventoryFootprint, computeInventoryFootprint, parseHostingInventory, parseInventoryCsv } from "@nrs/footprint";
import {
  footprintInput, parseEcoIndexCsv, parseEventsCsv, parseOpenDataCsv, parsePurchasesCsv, parseRetirementsCsv, parseRgaaCsv, parseRgesnCsv,
  type IndicatorData,
} from "@nrs/indicators";
import type { Problem } from "@nrs/core";

export const EXAMPLE = join(import.meta.dirname, "../../../examples/val-de-fictive");

/** Reads the indicator datasets of one year of the example folder (test helper, node only). */
export async function loadExampleYear(year: number): Promise<{ data: IndicatorData; problems: Problem[] }> {
  const dir = join(EXAMPLE, "donnees", String(year));
  const read = (f: string) => readFileSync(join(dir, f), "utf8");
  const problems: Problem[] = [];
  const take = <T>(file: string, r: { records: readonly T[]; problems: readonly Problem[] }) => {
    problems.push(...r.problems.map((p) => ({ ...p, file })));
    return r.records;
  };
  const collectivite = JSON.parse(readFileSync(join(EXAMPLE, "collectivite.json"), "utf8")) as { agentsEtp: string; population: { valeur: number } };
  const hosting = parseHostingInventory(JSON.parse(read("hebergement.json")));
  if (!hosting.ok) problems.push(...hosting.errors);
  const inventory = await parseInventoryCsv(read("inventaire.csv"));
  const devices = await computeInventoryFootprint(read("inventaire.csv"), { reportingYear: year });
  const hostingFootprint = hosting.ok ? computeHostingInventoryFootprint(hosting.value, { year }) : undefined;
  problems.push(...inventory.problems.map((p) => ({ ...p, file: "inventaire.csv" })));
  const data: IndicatorData = {
    inventory: inventory.items,
    footprint: hostingFootprint === undefined ? footprintInput(devices) : footprintInput(devices, hostingFootprint),
    agents: collectivite.agentsEtp,
    population: collectivite.population.valeur,
    purchases: take("achats.csv", await parsePurchasesCsv(read("achats.csv"))),
    retirements: take("sorties.csv", await parseRetirementsCsv(read("sorties.csv"))),
    events: take("evenements.csv", await parseEventsCsv(read("evenements.csv"))),
    rgesn: take("rgesn.csv", await parseRgesnCsv(read("rgesn.csv"))),
    rgaa: take("rgaa.csv", await parseRgaaCsv(read("rgaa.csv"))),
    ecoindex: take("ecoindex.csv", await parseEcoIndexCsv(read("ecoindex.csv"))),
    openData: take("opendata.csv", await parseOpenDataCsv(read("opendata.csv"))),
    ...(hosting.ok ? { hosting: [...hosting.value.servers, ...hosting.value.contracts] } : {}),
  };
  return { data, problems };
}
