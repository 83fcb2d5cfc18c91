import { describe, it } from "vitest";
import { computeTerritoryFootprint, type TerritoryEdition } from "../../src/index.js";
import { expectNrsError } from "../errors.js";

describe("computeTerritoryFootprint refuses bad input with a code, a path and FR/EN", () => {
  it.each([
    [-5, "NRS_TERRITORY_BAD_COUNT"],
    [0, "NRS_TERRITORY_BAD_COUNT"],
    [12.5, "NRS_TERRITORY_BAD_COUNT"],
    [900_000_000, "NRS_TERRITORY_BAD_COUNT"],
    [Number.NaN, "NRS_NOT_A_NUMBER"],
    ["beaucoup", "NRS_NOT_A_NUMBER"],
  ] as const)("population %s → %s", (population, code) => {
    expectNrsError(() => computeTerritoryFootprint({ year: 2022, population }), code, ["population"]);
  });

  it("more households than inhabitants", () => {
    expectNrsError(
      () => computeTerritoryFootprint({ year: 2022, population: 1000, menages: 1001 }),
      "NRS_TERRITORY_HOUSEHOLDS_ABOVE_POPULATION",
      ["menages"],
    );
  });

  it("negative subscriptions", () => {
    expectNrsError(() => computeTerritoryFootprint({ year: 2022, population: 1000, abonnementsFixes: -1 }), "NRS_TERRITORY_BAD_COUNT", [
      "abonnementsFixes",
    ]);
  });

  it.each([2019, 2021, 2030, 2022.5])("unknown study year %s", (year) => {
    expectNrsError(() => computeTerritoryFootprint({ year, population: 1000 }), "NRS_TERRITORY_UNKNOWN_YEAR", ["year"]);
  });

  it("the first edition has no 2022 figures", () => {
    expectNrsError(() => computeTerritoryFootprint({ year: 2022, population: 1000 }, { edition: "2022" }), "NRS_TERRITORY_UNKNOWN_YEAR", [
      "year",
    ]);
  });

  it("unknown edition", () => {
    expectNrsError(
      () => computeTerritoryFootprint({ year: 2022, population: 1000 }, { edition: "2019" as TerritoryEdition }),
      "NRS_TERRITORY_UNKNOWN_EDITION",
      ["edition"],
    );
  });

  it("households as local data for a year without a national household count", () => {
    expectNrsError(() => computeTerritoryFootprint({ year: 2020, population: 1000, menages: 400 }), "NRS_TERRITORY_NO_NATIONAL_FIGURE", [
      "menages",
    ]);
  });

  it.each(["0.9", "-1", "12"])("data centre PUE %s", (pue) => {
    expectNrsError(
      () =>
        computeTerritoryFootprint({
          year: 2022,
          population: 1000,
          centresDeDonnees: { comptage: "implantation", sites: [{ name: "salle", itEnergyKWh: 1000, pue }] },
        }),
      "NRS_TERRITORY_BAD_PUE",
      ["centresDeDonnees", "sites", 0, "pue"],
    );
  });

  it("a data centre without energy or power", () => {
    expectNrsError(
      () => computeTerritoryFootprint({ year: 2022, population: 1000, centresDeDonnees: { sites: [{ name: "salle" }] } }),
      "NRS_REQUIRED",
      ["centresDeDonnees", "sites", 0, "itEnergyKWh"],
    );
  });

  it("negative data-centre energy", () => {
    expectNrsError(
      () =>
        computeTerritoryFootprint({
          year: 2022,
          population: 1000,
          centresDeDonnees: { comptage: "implantation", sites: [{ name: "salle", itEnergyKWh: -3 }] },
        }),
      "NRS_NEGATIVE",
      ["centresDeDonnees", "sites", 0, "itEnergyKWh"],
    );
  });
});
