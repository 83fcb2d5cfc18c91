import { Decimal } from "decimal.js";
import { computeTerritoryFootprint, impactTable } from "@nrs/footprint";
import { computeIndicators, followUp, type IndicatorData } from "@nrs/indicators";
import { parseBilan, parseCollectivite, parseProgramme, parseStrategy, type Strategie } from "@nrs/model";
import type { Problem, Result } from "@nrs/core";
import type { Agec58Row, BilanReportInput, FactorCitation, FootprintReport, IndicatorReport, OpenDataRow } from "../../src/index.js";

// The val-de-fictive case built from its input files, however they are read (`fixture.ts` reads them from
// disk in Node; the browser test bundles them), so that Node and a browser render the same input.

export const GENERATED_AT = "2026-02-02";

/** Reads an input file of the case (`fixtures/val-de-fictive/in/<name>`), parsed JSON. */
export type ReadFixture = (name: string) => unknown;
function must<T>(r: Result<T>, what: string): T {
  if (!r.ok) throw new Error(`${what}: ${JSON.stringify(r.errors)}`);
  return r.value;
}

/** The frozen inputs of the val-de-fictive case (model documents copied from examples/, plus stand-ins for indicators and footprint output). */
export function fixtureInput(read: ReadFixture): BilanReportInput {
  const strategie = must(parseStrategy(read("strategie.json")), "strategie");
  return {
    collectivite: must(parseCollectivite(read("collectivite.json")), "collectivite"),
    programme: must(parseProgramme(read("programme-de-travail.json")), "programme"),
    strategie,
    bilan: must(parseBilan(read("bilan-2025.json")), "bilan"),
    resultats: computeIndicators(indicatorData(read), { year: 2025 }),
    indicateurs: followUps(read, strategie),
    empreinte: read("empreinte.json") as FootprintReport,
    territoire: territory(),
    facteurs: read("facteurs.json") as FactorCitation[],
    constats: read("constats.json") as Problem[],
  };
}

// The territory of the case, computed by @nrs/footprint from the example's territoire.json figures (2025 and 2024).
function territory(): BilanReportInput["territoire"] {
  const administration = impactTable([
    { criterion: "gwp", stage: "manufacturing", value: "91000" },
    { criterion: "gwp", stage: "use", value: "18000" },
  ]);
  const site = { name: "Salle informatique du syndicat mixte Val-Numérique", itEnergyKWh: 185000, pue: "1.7" };
  return {
    annee: 2025,
    empreinte: computeTerritoryFootprint({
      year: 2022,
      population: 121437,
      menages: 56840,
      abonnementsFixes: 53120,
      centresDeDonnees: { comptage: "usage", sites: [site] },
      administration,
    }),
    precedente: {
      annee: 2024,
      empreinte: computeTerritoryFootprint({ year: 2022, population: 121437, menages: 56510, abonnementsFixes: 51870 }),
    },
  };
}

/** Open-data rows and AGEC 58 lines of the case (stand-ins for what @nrs/indicators produces). */
export function csvFixtures(read: ReadFixture): { openData: OpenDataRow[]; agec58: Agec58Row[] } {
  return { openData: read("opendata-rows.json") as OpenDataRow[], agec58: read("agec58.json") as Agec58Row[] };
}

// The indicator data of the case, decimals written as strings in the file.
function indicatorData(read: ReadFixture): IndicatorData {
  const raw = read("indicator-data.json") as {
    agents: string;
    footprint: { impacts: { gwp: Record<string, { value: string }> }; factorPacks: { id: string; version: string }[] };
    inventory: IndicatorData["inventory"];
  };
  const gwp = Object.fromEntries(Object.entries(raw.footprint.impacts.gwp).map(([k, c]) => [k, { value: new Decimal(c.value) }]));
  return { agents: raw.agents, footprint: { impacts: { gwp }, factorPacks: raw.footprint.factorPacks }, inventory: raw.inventory ?? [] };
}

// The observed yearly values (frozen), followed up by @nrs/indicators against the strategy's targets:
// trajectories and statuses are computed, not written by hand.
function followUps(read: ReadFixture, strategie: Strategie): IndicatorReport[] {
  const series = read("series.json") as { code: string; series: { year: number; value: string }[] }[];
  return series.map((x) =>
    followUp(
      x.code,
      x.series.map((p) => ({ year: p.year, value: new Decimal(p.value) })),
      strategie,
      { year: 2025 },
    ),
  );
}
