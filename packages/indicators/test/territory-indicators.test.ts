import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ex } from "@nrs/core";
import { computeTerritoryFootprint, impactTable } from "@nrs/footprint";
import { catalogue, computeIndicators, rollUp, territoryIndicators, type IndicatorResults } from "@nrs/indicators";

const CODES = ["empreinte-territoire-totale", "empreinte-territoire-par-habitant", "part-administration-empreinte-territoire"];

function results(entity: string, population: number, year = 2025): IndicatorResults {
  const t = computeTerritoryFootprint({ year: 2022, population });
  const r = territoryIndicators(t, { year, entity });
  return { year, entity, values: r.values, notComputed: r.notComputed, problems: [] };
}

describe("territory indicators", () => {
  it("are in the catalogue with the TERRITOIRE perimeter", () => {
    for (const code of CODES) expect(catalogue.find((d) => d.code === code)?.perimetre).toBe("TERRITOIRE");
    expect(catalogue.filter((d) => d.perimetre === undefined).length).toBe(catalogue.length - CODES.length);
  });

  it("total by segment, per inhabitant and the administration's share come from the territory result", () => {
    const admin = impactTable([{ criterion: "gwp", stage: "manufacturing", value: 300000 }]);
    const t = computeTerritoryFootprint({ year: 2022, population: 80000, administration: admin });
    const r = computeIndicators({ territory: t }, { year: 2025 });
    const total = r.values.find((v) => v.code === "empreinte-territoire-totale")!;
    expect(total.value.eq(t.total.value)).toBe(true);
    expect(total.perimetre).toBe("TERRITOIRE");
    expect(Object.keys(total.breakdown ?? {}).sort()).toEqual(["centresDeDonnees", "reseaux", "terminaux"]);
    expect(total.breakdown?.["reseaux"]?.value.eq(t.bySegment.reseaux.gwp.value)).toBe(true);
    const share = r.values.find((v) => v.code === "part-administration-empreinte-territoire")!;
    expect(ex(share.value).times(t.total.value).div(100).minus(300000).abs().lt("1e-20")).toBe(true);
    expect(share.provenance.quality).toBe("ESTIMEE");
  });

  it("without a territory result they are reported as missing data, not zero", () => {
    const r = computeIndicators({}, { year: 2025 });
    for (const code of CODES) expect(r.notComputed.find((n) => n.code === code)?.reason).toBe("DONNEES_ABSENTES");
  });

  it("roll up from communes to their EPCI with conservation", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400_000 }), { minLength: 1, maxLength: 8 }), (pops) => {
        const communes = pops.map((p, i) => results(`2690${i}`, p));
        const epci = rollUp({ id: "epci", children: communes.map((c) => ({ id: c.entity })) }, communes).get("epci")!;
        const total = epci.values.find((v) => v.code === "empreinte-territoire-totale")!;
        const sum = communes.reduce((s, c) => s.plus(c.values.find((v) => v.code === "empreinte-territoire-totale")!.value), ex(0));
        expect(total.value.eq(sum)).toBe(true);
        expect(total.perimetre).toBe("TERRITOIRE");
        // The EPCI computed at once from its population: equal up to the 34-digit rounding of divisions.
        const direct = computeTerritoryFootprint({ year: 2022, population: pops.reduce((a, b) => a + b, 0) });
        expect(ex(direct.total.value).minus(total.value).abs().div(direct.total.value).lt("1e-30")).toBe(true);
        const perHead = epci.values.find((v) => v.code === "empreinte-territoire-par-habitant")!;
        expect(perHead.denominator?.eq(pops.reduce((a, b) => a + b, 0))).toBe(true);
      }),
    );
  });
});
