import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultFactorPack } from "../src/packs/default-factor-pack.js";
import { lookupFactor } from "../src/packs/factor-query.js";
import { sustainableWebDesign, type SustainableWebDesignOptions } from "../src/web/sustainable-web-design.js";
import { closeTo, co2 } from "./co2js.js";
import { expectNrsError } from "./errors.js";

describe("sustainableWebDesign — hand-computed", () => {
  it("v4, 1 GB, grey: (0.055+0.059+0.08 + 0.012+0.013+0.081) kWh × 494 g/kWh = 148.2 g", () => {
    const m = sustainableWebDesign({ version: 4 });
    expect(m.perByte(1e9).toString()).toBe("148.2");
    expect(m.perVisit(1e9).toString()).toBe("148.2"); // v4 defaults: every visit is a first visit
    expect(m.coefficients().perByte.toString()).toBe("1.482e-7");
  });

  it("v4, 1 GB, green: the data centre's operational 0.055 × 494 = 27.17 g disappears → 121.03 g", () => {
    const m = sustainableWebDesign({ version: 4 });
    expect(m.perByte(1e9, true).toString()).toBe("121.03");
    const half = sustainableWebDesign({ version: 4, greenHostingFactor: "0.5" });
    expect(half.perByte(1e9).toString()).toBe("134.615");
  });

  it("v3, 1 GB: 0.81 kWh × 472.94 g/kWh = 383.0814 g; green puts the 15 % data-centre share at 50 g/kWh", () => {
    const m = sustainableWebDesign({ version: 3 });
    expect(m.perByte(1e9).toString()).toBe("383.0814");
    // 383.0814 − 0.81 × 0.15 × (472.94 − 50) = 383.0814 − 51.38721
    expect(m.perByte(1e9, true).toString()).toBe("331.69419");
    // per visit: × (0.75 + 0.25 × 0.02) = × 0.755
    expect(m.perVisit(1e9).toString()).toBe("289.226457");
  });

  it("v4 with French grid intensity 46.1 g/kWh for the operational segments", () => {
    const fr = sustainableWebDesign({ version: 4, gridIntensity: { device: "46.1", network: "46.1", dataCenter: "46.1" } });
    // operational 0.194 kWh × 46.1 = 8.9434; embodied 0.106 kWh × 494 = 52.364
    expect(fr.perByte(1e9).toString()).toBe("61.3074");
    const t = fr.perByteTrace(1e9);
    expect(t.segments.deviceEmbodied?.toString()).toBe("40.014");
    expect(t.variables.gridIntensity.embodied.toString()).toBe("494");
  });

  it("traces every constant and default, and gives the impact table (kgCO2e by stage, kWh)", () => {
    const t = sustainableWebDesign({ version: 4, gridIntensity: { device: "46.1" } }).perVisitTrace(1e9, false);
    expect(t.impacts.gwp?.use?.value.toString()).toBe("0.060004"); // (0.055×494 + 0.059×494 + 0.08×46.1) / 1000 = (27.17 + 29.146 + 3.688) / 1000
    expect(t.impacts.gwp?.manufacturing?.value.toString()).toBe("0.052364"); // 0.106 × 494 / 1000
    expect(t.impacts.energy?.use?.value.toString()).toBe("0.194");
    expect(t.trace.factors.map((f) => f.id)).toContain("net-swdv4-embodied_kwh_per_gb_device");
    expect(t.trace.factors.map((f) => f.id)).toContain("elec-swdv4-global");
    const byName = Object.fromEntries(t.trace.values.map((v) => [v.name, v]));
    expect(byName["gridIntensity.device"]?.origin).toBe("input");
    expect(byName["gridIntensity.network"]?.origin).toBe("default");
    expect(byName["firstVisitShare"]?.value).toBe("1");
    const v3 = sustainableWebDesign({ version: 3 }).perVisitTrace(1e9, true);
    expect(v3.trace.factors.map((f) => f.id)).toEqual(
      expect.arrayContaining(["elec-co2js-renewables", "net-swdv3-first_time_viewing_percentage", "elec-co2js-ember-world"]),
    );
    expect(v3.trace.values.find((v) => v.name === "gridIntensity.dataCenter")?.value).toBe("50");
  });

  it("takes a factor-pack row as grid intensity, converts it to g/kWh and cites it", () => {
    const fr = lookupFactor(defaultFactorPack, { item: "electricite_FR", criterion: "gwp", stage: "use", year: 2025 });
    const t = sustainableWebDesign({ version: 4, gridIntensity: { device: fr, network: fr, dataCenter: fr } }).perByteTrace(1e9);
    // same as the 46.1 g/kWh case above: 0.0461 kgCO2e/kWh × 1000
    expect(t.co2.toString()).toBe("61.3074");
    expect(t.variables.gridIntensity.device.toString()).toBe("46.1");
    expect(t.trace.factors.filter((f) => f.id === fr.id)).toHaveLength(1);
    expect(t.trace.values.find((v) => v.name === "gridIntensity.network")?.factorId).toBe(fr.id);
    const life = lookupFactor(defaultFactorPack, { item: "ordinateur_portable", criterion: "lifetime" });
    expectNrsError(() => sustainableWebDesign({ gridIntensity: { device: life } }), "NRS_FACTOR_UNIT", [
      "options",
      "gridIntensity",
      "device",
    ]);
  });

  it("counts transfers under one byte as zero, as CO2.js does (but v3 per visit has no floor)", () => {
    expect(sustainableWebDesign({ version: 4 }).perByte("0.5").isZero()).toBe(true);
    expect(sustainableWebDesign({ version: 4 }).perVisit("0.5").isZero()).toBe(true);
    expect(sustainableWebDesign({ version: 3 }).perByte("0.5").isZero()).toBe(true);
    expect(sustainableWebDesign({ version: 3 }).perVisit("0.5").toString()).toBe("1.446132285e-7");
  });

  it("rates per page view on the version's scale", () => {
    expect(sustainableWebDesign({ version: 4 }).rating("0.04")).toBe("A+");
    expect(sustainableWebDesign({ version: 4 }).rating("0.0401")).toBe("A");
    expect(sustainableWebDesign({ version: 3 }).rating("0.846")).toBe("E");
    expect(sustainableWebDesign({ version: 3 }).rating("0.847")).toBe("F");
  });
});

// Doubles start at 1e-6: below that CO2.js's floats reach the subnormal range, where a double has only a
// few significant bits and no relative tolerance is meaningful (the exact side is still right there).
const intensity = fc.oneof(fc.constant(undefined), fc.double({ min: 1e-6, max: 1200, noNaN: true }), fc.constant(0));
const share = fc.oneof(fc.constant(undefined), fc.double({ min: 1e-6, max: 1, noNaN: true }), fc.constantFrom(0, 1));
const bytes = fc.oneof(fc.nat({ max: 1e12 }), fc.double({ min: 1e-6, max: 5e9, noNaN: true }), fc.constantFrom(0, 1, 0.5, 999_999));

// Decimal's own arithmetic rounds to 20 significant digits; sums in these tests use a wider clone so
// that an exact equality means exact.
const Wide = Decimal.clone({ precision: 200 });

function definedOnly<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

describe("sustainableWebDesign — parity with CO2.js 0.19.0", () => {
  for (const version of [3, 4] as const) {
    it(`v${version} perByte/perVisit (plain and traced) equal CO2.js over random inputs`, () => {
      fc.assert(
        fc.property(
          bytes,
          fc.boolean(),
          intensity,
          intensity,
          intensity,
          version === 4 ? share : fc.constant(undefined),
          share,
          share,
          share,
          (b, green, device, network, dataCenter, ghf, first, ret, reload) => {
            const gridIntensity = definedOnly({ device, network, dataCenter });
            const co2Options = definedOnly({
              gridIntensity,
              greenHostingFactor: ghf,
              firstVisitPercentage: first,
              returnVisitPercentage: ret,
              dataReloadRatio: reload,
            });
            const ours = definedOnly({
              version,
              gridIntensity,
              greenHostingFactor: ghf,
              firstVisitShare: first,
              returnVisitShare: ret,
              dataReloadRatio: reload,
            }) as SustainableWebDesignOptions;
            const theirs = new co2({ model: "swd", version });
            const m = sustainableWebDesign(ours);
            const byte = theirs.perByteTrace(b, green, co2Options) as { co2: number };
            const visit = theirs.perVisitTrace(b, green, co2Options) as { co2: number };
            expect(closeTo(m.perByte(b, green), byte.co2), `perByte ${m.perByte(b, green).toString()} vs ${byte.co2}`).toBe(true);
            expect(closeTo(m.perVisit(b, green), visit.co2), `perVisit ${m.perVisit(b, green).toString()} vs ${visit.co2}`).toBe(true);
            expect(closeTo(m.perByteTrace(b, green).co2, byte.co2)).toBe(true);
            expect(closeTo(m.perVisitTrace(b, green).co2, visit.co2)).toBe(true);
            if (Object.keys(gridIntensity).length === 0 && ghf === undefined) {
              // With default options, the plain CO2.js methods give the same as the traced ones.
              const plain = sustainableWebDesign({ version });
              expect(closeTo(plain.perByte(b, green), theirs.perByte(b, green) as number)).toBe(true);
              expect(closeTo(plain.perVisit(b, green), theirs.perVisit(b, green) as number)).toBe(true);
            }
          },
        ),
        { numRuns: 1000 },
      );
    });
  }

  it("v4 segment breakdown equals CO2.js's segment results (grey hosting)", () => {
    const theirs = new co2({ model: "swd", version: 4, results: "segment" });
    const m = sustainableWebDesign({ version: 4 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), (b) => {
        const s = theirs.perByte(b, false) as unknown as Record<string, number>;
        const t = m.perByteTrace(b).segments;
        expect(closeTo(t.dataCenterOperational!, s.dataCenterOperationalCO2e!)).toBe(true);
        expect(closeTo(t.networkOperational!, s.networkOperationalCO2e!)).toBe(true);
        expect(closeTo(t.deviceOperational!, s.consumerDeviceOperationalCO2e!)).toBe(true);
        expect(closeTo(t.dataCenterEmbodied!, s.dataCenterEmbodiedCO2e!)).toBe(true);
        expect(closeTo(t.networkEmbodied!, s.networkEmbodiedCO2e!)).toBe(true);
        expect(closeTo(t.deviceEmbodied!, s.consumerDeviceEmbodiedCO2e!)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("v3 segment breakdown equals CO2.js's segment results", () => {
    const theirs = new co2({ model: "swd", version: 3, results: "segment" });
    const m = sustainableWebDesign({ version: 3 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.boolean(), (b, green) => {
        const s = theirs.perByte(b, green) as unknown as Record<string, number>;
        const t = m.perByteTrace(b, green).segments;
        expect(closeTo(t.device!, s.consumerDeviceCO2!)).toBe(true);
        expect(closeTo(t.network!, s.networkCO2!)).toBe(true);
        expect(closeTo(t.dataCenter!, s.dataCenterCO2!)).toBe(true);
        expect(closeTo(t.production!, s.productionCO2!)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("ratings equal CO2.js's away from the thresholds", () => {
    for (const version of [3, 4] as const) {
      const theirs = new co2({ model: "swd", version, rating: true });
      const m = sustainableWebDesign({ version });
      for (const b of [1, 1e4, 2e5, 5e5, 8e5, 1.2e6, 1.6e6, 2e6, 2.5e6, 3e6, 1e7]) {
        const r = theirs.perByte(b) as unknown as { rating: string };
        expect(m.perByteTrace(b).rating).toBe(r.rating);
      }
    }
  });
});

describe("sustainableWebDesign — exactness properties", () => {
  const model = fc.record({ version: fc.constantFrom(3 as const, 4 as const), green: fc.boolean() });

  it("segments add up exactly to the total, and the trace total equals perByte/perVisit", () => {
    fc.assert(
      fc.property(model, bytes, ({ version, green }, b) => {
        const m = sustainableWebDesign({ version });
        for (const t of [m.perByteTrace(b, green), m.perVisitTrace(b, green)]) {
          const s = Object.values(t.segments).reduce((a, x) => a.plus(x), new Wide(0));
          expect(s.equals(t.co2)).toBe(true);
        }
        expect(m.perByteTrace(b, green).co2.equals(m.perByte(b, green))).toBe(true);
        const t = m.perVisitTrace(b, green);
        const kg = new Wide(t.impacts.gwp!.use!.value).plus(t.impacts.gwp!.manufacturing!.value);
        expect(kg.times(1000).equals(t.co2)).toBe(true);
        expect(m.perVisitTrace(b, green).co2.equals(m.perVisit(b, green))).toBe(true);
      }),
    );
  });

  it("is exactly additive: perByte(a + b) = perByte(a) + perByte(b) for transfers of at least one byte", () => {
    fc.assert(
      fc.property(model, fc.integer({ min: 1, max: 2 ** 50 }), fc.integer({ min: 1, max: 2 ** 50 }), ({ version, green }, a, b) => {
        const m = sustainableWebDesign({ version });
        expect(m.perByte(a + b, green).equals(new Wide(m.perByte(a, green)).plus(m.perByte(b, green)))).toBe(true);
      }),
    );
  });

  it("perByteTotal and perVisitTotal equal the exact sum of the per-item results", () => {
    // Magnitudes from 1e-6 up: the private constructor keeps 120 significant digits, so a sum is exact as
    // long as its terms span fewer than ~100 orders of magnitude (documented).
    const weight = fc.oneof(
      fc.nat({ max: 1e10 }),
      fc.double({ min: 1e-6, max: 1e7, noNaN: true }),
      fc.constant(0),
      fc.constant("12345.678"),
      fc.constant(new Decimal("0.3")),
    );
    fc.assert(
      fc.property(model, fc.array(weight, { maxLength: 50 }), ({ version, green }, ws) => {
        const m = sustainableWebDesign({ version });
        const byItem = ws.reduce<Decimal>((a, w) => a.plus(m.perByte(w, green)), new Wide(0));
        const byVisit = ws.reduce<Decimal>((a, w) => a.plus(m.perVisit(w, green)), new Wide(0));
        expect(m.perByteTotal(ws, green).equals(byItem)).toBe(true);
        expect(m.perVisitTotal(ws, green).equals(byVisit)).toBe(true);
      }),
    );
  });

  it("per call, the result is the exact product whatever the precision of the user's Decimal, which is left as it was", () => {
    const saved = { precision: Decimal.precision, rounding: Decimal.rounding };
    const weight = fc.oneof(
      fc.integer({ min: 1, max: 1e8 }),
      fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      fc.double({ min: 1, max: 1e12, noNaN: true }),
    );
    try {
      // 20 (the default) takes the direct product for these coefficients; 12 and 5 force the exact path.
      for (const precision of [20, 12, 5]) {
        Decimal.set({ precision, rounding: Decimal.ROUND_DOWN });
        fc.assert(
          fc.property(model, weight, ({ version, green }, b) => {
            const m = sustainableWebDesign({ version });
            const c = m.coefficients(green);
            expect(m.perByte(b, green).equals(new Wide(b).times(c.perByte))).toBe(true);
            expect(m.perVisit(b, green).equals(new Wide(b).times(c.perVisit))).toBe(true);
            expect(Decimal.precision).toBe(precision);
          }),
          { numRuns: 200 },
        );
      }
    } finally {
      Decimal.set(saved);
    }
  });

  it("perByteTotal switches to exact arithmetic past 2^53 bytes", () => {
    const m = sustainableWebDesign({ version: 4 });
    const big = Number.MAX_SAFE_INTEGER;
    expect(m.perByteTotal([big, big, 3]).toString()).toBe(new Decimal(big).times(2).plus(3).times("1.482e-7").toString());
  });

  it("perByteFloat is within 3e-16 relative of the exact result", () => {
    fc.assert(
      fc.property(model, fc.integer({ min: 1, max: 1e13 }), ({ version, green }, b) => {
        const m = sustainableWebDesign({ version });
        const exact = m.perByte(b, green);
        const f = m.perByteFloat(b, green);
        expect(Math.abs(new Decimal(f).minus(exact).div(exact).toNumber())).toBeLessThanOrEqual(3e-16);
      }),
    );
  });
});

describe("sustainableWebDesign — bad input", () => {
  const m = sustainableWebDesign();

  it("refuses negative, NaN, infinite and textual byte counts", () => {
    expectNrsError(() => m.perByte(-1), "NRS_NEGATIVE", ["bytes"]);
    expectNrsError(() => m.perByte("-0.1"), "NRS_NEGATIVE", ["bytes"]);
    expectNrsError(() => m.perVisit(Number.NaN), "NRS_NOT_A_NUMBER", ["bytes"]);
    expectNrsError(() => m.perByte(Number.POSITIVE_INFINITY), "NRS_NOT_A_NUMBER", ["bytes"]);
    expectNrsError(() => m.perByteTrace("lots"), "NRS_NOT_A_NUMBER", ["bytes"]);
    expectNrsError(() => m.perByteFloat(-5), "NRS_NEGATIVE", ["bytes"]);
    expectNrsError(() => m.perByteFloat(Number.NaN), "NRS_NOT_A_NUMBER", ["bytes"]);
    expectNrsError(() => m.rating(-1), "NRS_NEGATIVE", ["gramsPerView"]);
    expectNrsError(() => m.perByte(1, "yes" as never), "NRS_INVALID_TYPE", ["green"]);
    expectNrsError(() => m.perVisitTrace(1, 1 as never), "NRS_INVALID_TYPE", ["green"]);
  });

  it("names the position of a bad weight in a total", () => {
    expectNrsError(() => m.perByteTotal([1, 2, -3]), "NRS_NEGATIVE", ["weights", 2]);
    expectNrsError(() => m.perVisitTotal([1, Number.NaN]), "NRS_NOT_A_NUMBER", ["weights", 1]);
  });

  it("refuses bad options", () => {
    expectNrsError(() => sustainableWebDesign({ version: 5 as never }), "NRS_INVALID_VALUE", ["options", "version"]);
    expectNrsError(() => sustainableWebDesign({ greenHostingFactor: "1.5" }), "NRS_SHARE_ABOVE_ONE", ["options", "greenHostingFactor"]);
    expectNrsError(() => sustainableWebDesign({ version: 3, greenHostingFactor: "0.5" }), "NRS_OPTION_NOT_IN_VERSION", [
      "options",
      "greenHostingFactor",
    ]);
    expectNrsError(() => sustainableWebDesign({ gridIntensity: { device: -3 } }), "NRS_NEGATIVE", ["options", "gridIntensity", "device"]);
    const both = expectNrsError(() => sustainableWebDesign({ gridIntensity: { device: -3, network: "x" } }), "NRS_NOT_A_NUMBER", [
      "options",
      "gridIntensity",
      "network",
    ]);
    expect(both.problems).toHaveLength(2);
    expectNrsError(() => sustainableWebDesign({ dataReloadRatio: Number.NaN }), "NRS_NOT_A_NUMBER", ["options", "dataReloadRatio"]);
    expectNrsError(() => sustainableWebDesign({ greenHosting: true } as never), "NRS_UNKNOWN_KEY");
  });
});
