import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { computeTerritoryFootprint, frTerritoire_2025_1, TERRITORY_SEGMENTS, type TerritoryEdition } from "../../src/index.js";

// The study's own figures, written here from the sources named in the pack rows (not read back from
// the pack), so that a wrong pack row fails the test:
// - January 2025 update, 2022: 29,5 MtCO2e; terminals 50 %, data centres 46 %, networks 4 % (ADEME,
//   infos.ademe.fr/?p=10709258); France on 1 January 2022: 67 813 000 inhabitants (INSEE bilan 2021).
// - First edition, 2020: 17,2 MtCO2e; 79 % / 16 % / 5 % (press quoting the study; 16 % also on ADEME's
//   page); France on 1 January 2020: 67 064 000 (INSEE bilan 2019).
// - January 2025 update, 2020 re-estimated: 25 MtCO2e; 54 % / 42 % / 4 % (unconfirmed, secondary).
const CASES: readonly { edition: TerritoryEdition; year: number; population: number; totalMt: string; shares: Record<string, string> }[] = [
  {
    edition: "2025",
    year: 2022,
    population: 67813000,
    totalMt: "29.5",
    shares: { terminaux: "0.50", centresDeDonnees: "0.46", reseaux: "0.04" },
  },
  {
    edition: "2022",
    year: 2020,
    population: 67064000,
    totalMt: "17.2",
    shares: { terminaux: "0.79", centresDeDonnees: "0.16", reseaux: "0.05" },
  },
  {
    edition: "2025",
    year: 2020,
    population: 67064000,
    totalMt: "25",
    shares: { terminaux: "0.54", centresDeDonnees: "0.42", reseaux: "0.04" },
  },
];

describe("computeTerritoryFootprint gives back the national assessment for France", () => {
  for (const c of CASES) {
    it(`edition ${c.edition}, ${c.year}: total and every segment equal the study's`, () => {
      const r = computeTerritoryFootprint({ year: c.year, population: c.population }, { edition: c.edition });
      const totalKg = new Decimal(c.totalMt).times(1e9);
      expect(r.total.value.toString()).toBe(totalKg.toString());
      for (const s of TERRITORY_SEGMENTS) {
        expect(r.bySegment[s].gwp.value.toString(), s).toBe(totalKg.times(c.shares[s]!).toString());
        expect(r.bySegment[s].basis).toBe("population");
      }
    });
  }

  it("2022: 29.5 Mt over 67.813 million people is about 435 kgCO2e per inhabitant", () => {
    const r = computeTerritoryFootprint({ year: 2022, population: 67813000 });
    expect(r.perInhabitant.value.toFixed(1)).toBe("435.0");
  });

  it("every coefficient used is a pack row with a source, a year, a unit and a licence", () => {
    const r = computeTerritoryFootprint({ year: 2022, population: 1000, menages: 400, abonnementsFixes: 380 });
    expect(r.trace.factors.length).toBe(7);
    for (const f of r.trace.factors) {
      expect(f.source.length).toBeGreaterThan(10);
      expect(f.licence.length).toBeGreaterThan(3);
      expect(f.unit.length).toBeGreaterThan(0);
      expect([2020, 2022]).toContain(f.year);
    }
    for (const row of frTerritoire_2025_1.rows) expect(row.notes, row.id).toMatch(/^confidence: (high|medium|unconfirmed)\./);
  });
});
