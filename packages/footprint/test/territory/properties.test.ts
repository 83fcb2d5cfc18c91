import { Decimal } from "decimal.js";
import { ex, sumExact } from "@nrs/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeTerritoryFootprint, TERRITORY_SEGMENTS, type TerritoryFootprintInput, type TerritorySegment } from "../../src/index.js";

const population = fc.integer({ min: 1, max: 3_000_000 });
const year = fc.constantFrom(2020, 2022);
// Households ≤ population; subscriptions up to the population.
const territory = fc
  .record({
    year,
    population,
    households: fc.option(fc.double({ min: 0.3, max: 0.6, noNaN: true })),
    lines: fc.option(fc.double({ min: 0.2, max: 0.6, noNaN: true })),
  })
  .map(({ year, population, households, lines }): TerritoryFootprintInput => ({
    year,
    population,
    ...(households === null || year !== 2022 ? {} : { menages: Math.floor(population * households) }),
    ...(lines === null || year !== 2022 ? {} : { abonnementsFixes: Math.floor(population * lines) }),
  }));

// Divisions round to 34 significant digits: ratios are compared to that precision.
function close(a: Decimal, b: Decimal): boolean {
  if (a.isZero() || b.isZero()) return a.eq(b);
  return ex(a).minus(b).abs().div(ex(a).abs()).lt("1e-30");
}

describe("computeTerritoryFootprint properties", () => {
  it("the segments sum to the total (values, mins and maxes)", () => {
    fc.assert(
      fc.property(territory, (t) => {
        const r = computeTerritoryFootprint(t);
        // Exact sums: the global Decimal would round to 20 digits.
        const sum = (k: "value" | "min" | "max") => sumExact(TERRITORY_SEGMENTS.map((g) => r.bySegment[g].gwp[k]));
        expect(sum("value").eq(r.total.value)).toBe(true);
        expect(sum("min").eq(r.total.min)).toBe(true);
        expect(sum("max").eq(r.total.max)).toBe(true);
      }),
    );
  });

  it("min ≤ value ≤ max everywhere, per inhabitant too", () => {
    fc.assert(
      fc.property(territory, (t) => {
        const r = computeTerritoryFootprint(t);
        const cells = [r.total, r.perInhabitant, ...TERRITORY_SEGMENTS.flatMap((s) => [r.bySegment[s].gwp, r.bySegment[s].perInhabitant])];
        for (const c of cells) expect(c.min.lte(c.value) && c.value.lte(c.max)).toBe(true);
      }),
    );
  });

  it("without local data the result is proportional to population", () => {
    fc.assert(
      fc.property(year, population, population, (y, p1, p2) => {
        const a = computeTerritoryFootprint({ year: y, population: p1 });
        const b = computeTerritoryFootprint({ year: y, population: p2 });
        for (const s of TERRITORY_SEGMENTS) {
          expect(close(ex(a.bySegment[s].gwp.value).times(p2), ex(b.bySegment[s].gwp.value).times(p1))).toBe(true);
          expect(close(ex(a.bySegment[s].gwp.max).times(p2), ex(b.bySegment[s].gwp.max).times(p1))).toBe(true);
        }
        expect(a.perInhabitant.value.eq(b.perInhabitant.value) || close(a.perInhabitant.value, b.perInhabitant.value)).toBe(true);
      }),
    );
  });

  it("replacing one segment's average by local data changes only that segment", () => {
    const local: readonly [TerritorySegment, (p: number) => Partial<TerritoryFootprintInput>][] = [
      ["terminaux", (p) => ({ menages: Math.floor(p / 3) })],
      ["reseaux", (p) => ({ abonnementsFixes: Math.floor(p / 4) })],
      [
        "centresDeDonnees",
        () => ({ centresDeDonnees: { comptage: "implantation", sites: [{ name: "salle", itEnergyKWh: 120000, pue: "1.4" }] } }),
      ],
    ];
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 3_000_000 }), fc.constantFrom(...local), (p, [segment, extra]) => {
        const base = computeTerritoryFootprint({ year: 2022, population: p });
        const withLocal = computeTerritoryFootprint({ year: 2022, population: p, ...extra(p) });
        for (const s of TERRITORY_SEGMENTS) {
          if (s === segment) expect(withLocal.bySegment[s].basis).not.toBe("population");
          else expect(withLocal.bySegment[s]).toEqual(base.bySegment[s]);
        }
      }),
    );
  });

  it("data centres counted by use list the local sites without adding them", () => {
    const sites = [{ name: "salle", itEnergyKWh: 120000 }];
    const base = computeTerritoryFootprint({ year: 2022, population: 50000 });
    const usage = computeTerritoryFootprint({ year: 2022, population: 50000, centresDeDonnees: { comptage: "usage", sites } });
    expect(usage.total).toEqual(base.total);
    expect(usage.trace.values.some((v) => v.subject === "salle" && v.name === "pue" && v.origin === "default")).toBe(true);
  });

  it("the administration's share is its GHG over the territory's, and the total does not change", async () => {
    const { impactTable } = await import("../../src/index.js");
    const admin = impactTable([
      { criterion: "gwp", stage: "manufacturing", value: 200000 },
      { criterion: "gwp", stage: "use", value: 17000 },
    ]);
    const base = computeTerritoryFootprint({ year: 2022, population: 80000 });
    const r = computeTerritoryFootprint({ year: 2022, population: 80000, administration: admin });
    expect(r.total).toEqual(base.total);
    expect(close(ex(r.administration!.share.value).times(r.total.value), new Decimal(217000))).toBe(true);
    expect(r.administration!.share.min.lte(r.administration!.share.value)).toBe(true);
    expect(r.administration!.share.value.lte(r.administration!.share.max)).toBe(true);
  });
});
