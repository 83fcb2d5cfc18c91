import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oneByte } from "../src/web/one-byte.js";
import { closeTo, co2 } from "./co2js.js";
import { expectNrsError } from "./errors.js";

const Wide = Decimal.clone({ precision: 200 });

describe("oneByte", () => {
  const m = oneByte();

  it("hand-computed: 1e12 bytes grey = 1e12 × (72 + (429 + 152 + 884)/3)e-12 kWh × 519 g/kWh = 290 813 g", () => {
    expect(m.perByte(1e12).toString()).toBe("290813");
    // green: the data centre counts 0 g/kWh and the network 475: 1465/3 × 475 = 231 958.33…
    expect(m.perByte(1e12, true).toFixed(6)).toBe("231958.333333");
    const t = m.perByteTrace(1e12, true);
    expect(t.segments.dataCenter.isZero()).toBe(true);
    expect(t.variables.gridIntensity.network.toString()).toBe("475");
    expect(t.variables.kWhPerByte.network.toSignificantDigits(6).toString()).toBe("4.88333e-10");
    // 1e12 bytes × (72 + 488.33…)e-12 kWh = 560.33… kWh; GWP in kgCO2e = grams / 1000
    expect(t.impacts.energy?.use?.value.toFixed(6)).toBe("560.333333");
    expect(t.impacts.gwp?.use?.value.times(1000).toFixed(6)).toBe("231958.333333");
    expect(t.trace.factors.map((f) => f.id)).toEqual(
      expect.arrayContaining(["net-onebyte-co2_per_kwh_in_dc_green", "net-onebyte-co2_per_kwh_network_grey"]),
    );
    expect(m.perByteTrace(1e12).trace.factors.map((f) => f.id)).not.toContain("net-onebyte-co2_per_kwh_network_grey");
  });

  it("counts transfers under one byte as zero", () => {
    expect(m.perByte("0.99").isZero()).toBe(true);
    expect(m.perByteTrace(0).co2.isZero()).toBe(true);
  });

  it("equals CO2.js 0.19.0 over random inputs", () => {
    const theirs = new co2({ model: "1byte" });
    fc.assert(
      fc.property(fc.oneof(fc.nat({ max: 1e13 }), fc.double({ min: 1e-6, max: 1e10, noNaN: true })), fc.boolean(), (b, green) => {
        expect(closeTo(m.perByte(b, green), theirs.perByte(b, green) as number)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("data centre and network add up to the total; grey results are exact (no division left)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 52 }), fc.boolean(), (b, green) => {
        const t = m.perByteTrace(b, green);
        expect(new Wide(t.segments.dataCenter).plus(t.segments.network).equals(t.co2)).toBe(true);
        if (!green) expect(t.co2.equals(new Wide(b).times("2.90813e-7"))).toBe(true);
      }),
    );
  });

  it("refuses bad byte counts", () => {
    expectNrsError(() => m.perByte(-1), "NRS_NEGATIVE", ["bytes"]);
    expectNrsError(() => m.perByte(Number.NaN, true), "NRS_NOT_A_NUMBER", ["bytes"]);
    expectNrsError(() => m.perByteTrace("1e"), "NRS_NOT_A_NUMBER", ["bytes"]);
    expectNrsError(() => m.perByte(1, "true" as never), "NRS_INVALID_TYPE", ["green"]);
  });
});
