import { Decimal, NrsError } from "@nrs/core";

// The default Decimal rounds to 20 digits; compare the 34-digit results exactly.
const Precise = Decimal.clone({ precision: 100 });
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { impactCells } from "../src/impact/impact-arithmetic.js";
import { simulateWhatIf, type Estate } from "../src/scenarios/what-if.js";
import { testPack } from "./devices-hosting-pack.js";

const opts = { pack: testPack };

describe("simulateWhatIf", () => {
  it("extending lifetimes avoids embodied impact, never use", () => {
    const r = simulateWhatIf({ devices: [{ type: "laptop", quantity: 12, year: 2024 }] }, { kind: "extendLifetimes", years: 2 }, opts);
    // 12 × 200 × (1/4 − 1/6) = 200
    expect(r.avoided.gwp?.manufacturing?.value.toString()).toBe("200");
    expect(r.avoided.gwp?.manufacturing?.min.toString()).toBe("150");
    expect(r.avoided.gwp?.manufacturing?.max.toString()).toBe("260");
    expect(r.avoided.gwp?.use?.value.toString()).toBe("0");
    expect(r.description.fr).toContain("2 an");
  });

  it("raising the reuse share moves just enough new devices", () => {
    const estate: Estate = {
      devices: [
        { type: "laptop", quantity: 80, year: 2024 },
        { type: "laptop", quantity: 20, year: 2024, origin: "reemploi" },
        { type: "laptop", quantity: 50, year: 2024, acquisitionDate: "2020-01-01" },
      ],
    };
    const r = simulateWhatIf(estate, { kind: "raiseReuseShare", share: "0.5" }, opts);
    // 30 laptops move from new to reused: 30 × 200 / 4 of manufacturing avoided (whole year in service)
    expect(r.avoided.gwp?.manufacturing?.value.toString()).toBe("1500");
    expect(r.avoided.gwp?.distribution?.value.toString()).toBe("0");
    const none = simulateWhatIf(estate, { kind: "raiseReuseShare", share: "0.1" }, opts);
    expect(impactCells(none.avoided).every((c) => c.cell.value.isZero())).toBe(true);
  });

  it("counts groups given by device-days by their device-years", () => {
    const estate: Estate = {
      devices: [
        { type: "laptop", year: 2024, deviceDays: { service: 366 * 80, amortized: 366 * 80 } },
        { type: "laptop", year: 2024, origin: "reemploi", deviceDays: { service: 366 * 20, amortized: 366 * 20 } },
      ],
    };
    const r = simulateWhatIf(estate, { kind: "raiseReuseShare", share: "0.5" }, opts);
    expect(r.avoided.gwp?.manufacturing?.value.toString()).toBe("1500");
  });

  it("retiring dormant devices removes their share of the year", () => {
    const r = simulateWhatIf({ devices: [{ type: "screen", quantity: 10 }] }, { kind: "retireDormant", share: "0.2" }, opts);
    expect(r.avoided.gwp?.manufacturing?.value.toString()).toBe("20"); // 2 × 60 / 6
  });

  it("moving hosting to a better PUE avoids use-phase impact only", () => {
    const r = simulateWhatIf({ hosting: { year: 2024, contracts: [{ kwhPerYear: 1000 }] } }, { kind: "moveHosting", pue: "1.2" }, opts);
    expect(r.avoided.energy?.use?.value.toString()).toBe("300"); // 1000 × (1.5 − 1.2)
    expect(r.avoided.gwp?.use?.value.toString()).toBe("15");
    const worse = simulateWhatIf(
      { hosting: { year: 2024, contracts: [{ kwhPerYear: 1000 }] } },
      { kind: "moveHosting", location: "DE" },
      opts,
    );
    expect(worse.avoided.gwp?.use?.value.isNegative()).toBe(true);
  });

  it("property: avoided = baseline − scenario, with min ≤ value ≤ max", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 100 }), (q, years, pct) => {
        const estate: Estate = {
          devices: [
            { type: "laptop", quantity: q, year: 2024 },
            { type: "screen", quantity: q, year: 2024 },
          ],
        };
        for (const w of [
          { kind: "extendLifetimes" as const, years },
          { kind: "retireDormant" as const, share: pct / 100 },
          { kind: "raiseReuseShare" as const, share: pct / 100 },
        ]) {
          const r = simulateWhatIf(estate, w, opts);
          for (const { criterion, stage, cell } of impactCells(r.avoided)) {
            const b = r.baseline.impacts[criterion]?.[stage]?.value;
            const s = r.scenario.impacts[criterion]?.[stage]?.value;
            if (b === undefined || s === undefined || !cell.value.eq(new Precise(b).minus(s))) return false;
            if (cell.min.gt(cell.value) || cell.value.gt(cell.max)) return false;
            if (cell.value.isNegative()) return false; // none of these three can make things worse
          }
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it("refuses bad parameters", () => {
    const e: Estate = { devices: [{ type: "laptop" }] };
    expect(() => simulateWhatIf(e, { kind: "extendLifetimes", years: 0 }, opts)).toThrow(/NRS_NOT_POSITIVE/);
    expect(() => simulateWhatIf(e, { kind: "retireDormant", share: 1.5 }, opts)).toThrow(/NRS_TOO_BIG/);
    expect(() => simulateWhatIf(e, { kind: "raiseReuseShare", share: -0.1 }, opts)).toThrow(/NRS_NEGATIVE/);
    try {
      simulateWhatIf({ devices: [{ type: "laptop" }, { type: "laptop", quantity: -1 }] }, { kind: "extendLifetimes", years: 1 }, opts);
      throw new Error("no error");
    } catch (err) {
      expect((err as NrsError).problems[0]?.path).toEqual(["devices", 1, "quantity"]);
    }
  });
});
