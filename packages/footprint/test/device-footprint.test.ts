import { Decimal, NrsError } from "@nrs/core";

const Precise = Decimal.clone({ precision: 100 });
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDeviceFootprint } from "../src/devices/device-footprint.js";
import type { DeviceFootprintInput } from "../src/devices/device-input.js";
import { impactCells, pickStages, totalOfCriterion } from "../src/impact/impact-arithmetic.js";
import type { ImpactTable } from "../src/impact.js";
import { testPack } from "./devices-hosting-pack.js";

const opts = { pack: testPack };
const EMBODIED = ["manufacturing", "distribution", "endOfLife"] as const;

function embodied(t: ImpactTable) {
  return totalOfCriterion(pickStages(t, EMBODIED), "gwp")!;
}

const date = fc
  .record({ y: fc.integer({ min: 2015, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const lifetime = fc.integer({ min: 1, max: 100 }).map((n) => (n / 10).toString());

function codeAndPath(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof NrsError) return e.problems.map((p) => `${p.code}@${p.path.join(".")}`);
    throw e;
  }
  return [];
}

describe("computeDeviceFootprint", () => {
  it("follows the documented formulas on the default ADEME pack", () => {
    const r = computeDeviceFootprint({ type: "ordinateur_portable", quantity: 10, year: 2025 });
    expect(r.impacts.gwp?.manufacturing?.value.toString()).toBe("340"); // 10 × 170 / 5
    expect(r.impacts.gwp?.distribution?.value.toString()).toBe("24.6"); // 10 × 12.3 / 5
    expect(r.impacts.gwp?.endOfLife?.value.toString()).toBe("5.58"); // 10 × 2.79 / 5
    expect(r.impacts.energy?.use?.value.toString()).toBe("290.175"); // 10 × 26.5 W × 3 h × 365 / 1000
    expect(r.impacts.gwp?.use?.value.toString()).toBe("13.3770675"); // × 0.0461 (2025)
    expect(r.impacts.water).toBeUndefined();
    const origins = Object.fromEntries(r.trace.values.map((v) => [v.name, v.origin]));
    expect(origins).toMatchObject({
      lifetimeYears: "default",
      quantity: "input",
      "use.powerW": "archetype",
      "use.hoursPerDay": "archetype",
      location: "default",
      origin: "default",
    });
    expect(r.trace.factors.map((f) => f.id)).toEqual(
      expect.arrayContaining(["dev-ordinateur_portable-gwp-fab", "elec-fr-baseempreinte-2025"]),
    );
  });

  it("uses the grid factor of the reporting year, else the latest before it, else the earliest after it", () => {
    const y2019 = computeDeviceFootprint({ type: "ecran", year: 2019, use: { kwhPerYear: 100 } });
    expect(y2019.impacts.gwp?.use?.value.toString()).toBe("5.2");
    expect(y2019.trace.notes.map((n) => n.en).join()).toContain("the 2022 one is used");
    const y2024 = computeDeviceFootprint({ type: "ecran", year: 2024, use: { kwhPerYear: 100 } });
    expect(y2024.impacts.gwp?.use?.value.toString()).toBe("5.19");
    const y2030 = computeDeviceFootprint({ type: "ecran", year: 2030, use: { kwhPerYear: 100 } });
    expect(y2030.impacts.gwp?.use?.value.toString()).toBe("4.61");
    expect(y2030.trace.notes.map((n) => n.en).join()).toContain("2025");
  });

  it("allocates nothing embodied past the lifetime, and stops at retirement", () => {
    const old = computeDeviceFootprint({ type: "laptop", year: 2024, acquisitionDate: "2015-01-01" }, opts);
    expect(old.impacts.gwp?.manufacturing?.value.toString()).toBe("0");
    expect(old.impacts.gwp?.use?.value.gt(0)).toBe(true);
    const gone = computeDeviceFootprint({ type: "laptop", year: 2024, acquisitionDate: "2022-01-01", retirementDate: "2023-06-01" }, opts);
    expect(impactCells(gone.impacts).every((c) => c.cell.value.isZero())).toBe(true);
  });

  it("property: min ≤ value ≤ max, nothing negative", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), lifetime, date, fc.constantFrom("laptop", "screen"), (q, l, a, type) => {
        const r = computeDeviceFootprint({ type, quantity: q, lifetimeYears: l, acquisitionDate: a, year: 2024 }, opts);
        return impactCells(r.impacts).every(({ cell }) => !cell.min.isNegative() && cell.min.lte(cell.value) && cell.value.lte(cell.max));
      }),
      { numRuns: 200 },
    );
  });

  it("property: monotonic in quantity, and n devices = n × one device (no dates: exact)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), date, (a, b, acq) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = computeDeviceFootprint({ type: "laptop", quantity: lo, acquisitionDate: acq, year: 2024 }, opts);
        const y = computeDeviceFootprint({ type: "laptop", quantity: hi, acquisitionDate: acq, year: 2024 }, opts);
        const cx = impactCells(x.impacts);
        const cy = impactCells(y.impacts);
        const one = impactCells(computeDeviceFootprint({ type: "laptop", quantity: 1 }, opts).impacts);
        const many = impactCells(computeDeviceFootprint({ type: "laptop", quantity: hi }, opts).impacts);
        return (
          cx.every((c, i) => c.cell.value.lte(cy[i]!.cell.value) && c.cell.max.lte(cy[i]!.cell.max)) &&
          many.every((c, i) => c.cell.value.eq(one[i]!.cell.value.times(hi)))
        );
      }),
      { numRuns: 200 },
    );
  });

  it("property: a longer lifetime never raises a year's embodied impact (annualised, or in the year of acquisition)", () => {
    fc.assert(
      fc.property(lifetime, lifetime, date, (l1, l2, acq) => {
        const [short, long] = Number(l1) <= Number(l2) ? [l1, l2] : [l2, l1];
        const year = Number(acq.slice(0, 4));
        const a = embodied(computeDeviceFootprint({ type: "laptop", lifetimeYears: short }, opts).impacts);
        const b = embodied(computeDeviceFootprint({ type: "laptop", lifetimeYears: long }, opts).impacts);
        const c = embodied(computeDeviceFootprint({ type: "laptop", lifetimeYears: short, acquisitionDate: acq, year }, opts).impacts);
        const d = embodied(computeDeviceFootprint({ type: "laptop", lifetimeYears: long, acquisitionDate: acq, year }, opts).impacts);
        return b.value.lte(a.value) && b.max.lte(a.max) && d.value.lte(c.value);
      }),
      { numRuns: 200 },
    );
  });

  it("property: over the years of its life, a device's yearly embodied shares add up to its whole embodied impact", () => {
    fc.assert(
      fc.property(lifetime, date, (l, acq) => {
        const start = Number(acq.slice(0, 4));
        let sum = embodied(computeDeviceFootprint({ type: "laptop", quantity: 1 }, opts).impacts).value.times(0);
        for (let y = start; y <= start + 11; y++) {
          sum = sum.plus(
            embodied(computeDeviceFootprint({ type: "laptop", lifetimeYears: l, acquisitionDate: acq, year: y }, opts).impacts).value,
          );
        }
        // 200 + 10 + 5 kgCO2e; this sum uses the default Decimal (20 significant digits), hence the tolerance.
        return sum.minus(215).abs().lte("1e-15");
      }),
      { numRuns: 100 },
    );
  });

  it("option writeOffAtRetirement: early retirement charges the rest to its year, so the shares still add up", () => {
    fc.assert(
      fc.property(lifetime, date, date, (l, a, r) => {
        const [acq, ret] = a <= r ? [a, r] : [r, a];
        const start = Number(acq.slice(0, 4));
        let sum = new Precise(0);
        for (let y = start; y <= start + 12; y++) {
          const part = computeDeviceFootprint(
            { type: "laptop", lifetimeYears: l, acquisitionDate: acq, retirementDate: ret, year: y },
            { ...opts, writeOffAtRetirement: true },
          );
          sum = sum.plus(embodied(part.impacts).value);
        }
        return sum.minus(215).abs().lte("1e-28");
      }),
      { numRuns: 100 },
    );
    const off = computeDeviceFootprint({ type: "laptop", acquisitionDate: "2023-01-01", retirementDate: "2024-01-01", year: 2024 }, opts);
    const on = computeDeviceFootprint(
      { type: "laptop", acquisitionDate: "2023-01-01", retirementDate: "2024-01-01", year: 2024 },
      { ...opts, writeOffAtRetirement: true },
    );
    expect(embodied(off.impacts).value.toString()).toBe("0");
    expect(embodied(on.impacts).value.toFixed(6)).toBe(new Precise(215).times(1096).div(1461).toFixed(6)); // 3 of 4 years left
  });

  it("group form: device-days charge a whole year 1/lifetime, within a day per lifetime of the dated lines", () => {
    const undated = computeDeviceFootprint({ type: "laptop", quantity: 3, year: 2024 }, opts);
    const group = computeDeviceFootprint({ type: "laptop", year: 2024, deviceDays: { service: 3 * 366, amortized: 3 * 366 } }, opts);
    expect(impactCells(group.impacts).map((c) => c.cell.value.toString())).toEqual(
      impactCells(undated.impacts).map((c) => c.cell.value.toString()),
    );
    const dated = computeDeviceFootprint({ type: "laptop", quantity: 2, year: 2024, acquisitionDate: "2024-07-01" }, opts);
    const summed = computeDeviceFootprint({ type: "laptop", year: 2024, deviceDays: { service: 2 * 184, amortized: 2 * 184 } }, opts);
    // dated: 2 × 215 × 184 / 1461 (the window's days); group: 2 × 215 × 184 / (366 × 4)
    expect(embodied(dated.impacts).value.toFixed(10)).toBe("54.1546885695");
    expect(embodied(summed.impacts).value.toFixed(10)).toBe("54.0437158470");
    expect(summed.impacts.gwp?.use?.value.eq(dated.impacts.gwp!.use!.value)).toBe(true);
  });

  it("second life: no manufacturing by default, distribution and end of life in full", () => {
    const n = computeDeviceFootprint({ type: "laptop" }, opts);
    const r = computeDeviceFootprint({ type: "laptop", origin: "reemploi" }, opts);
    expect(r.impacts.gwp?.manufacturing?.value.toString()).toBe("0");
    expect(r.impacts.gwp?.distribution?.value.eq(n.impacts.gwp!.distribution!.value)).toBe(true);
    const half = computeDeviceFootprint({ type: "laptop", origin: "reconditionne" }, { ...opts, secondLifeManufacturingShare: "0.5" });
    expect(half.impacts.gwp?.manufacturing?.value.toString()).toBe("25");
    expect(half.trace.notes.map((x) => x.en).join()).toContain("refurbishing");
  });

  const bad: [string, DeviceFootprintInput, string][] = [
    ["negative quantity", { type: "laptop", quantity: -1 }, "NRS_NEGATIVE@quantity"],
    ["quantity as text", { type: "laptop", quantity: "dix" }, "NRS_NOT_A_NUMBER@quantity"],
    ["NaN quantity", { type: "laptop", quantity: Number.NaN }, "NRS_NOT_A_NUMBER@quantity"],
    ["infinite quantity", { type: "laptop", quantity: Number.POSITIVE_INFINITY }, "NRS_NOT_A_NUMBER@quantity"],
    ["zero lifetime", { type: "laptop", lifetimeYears: 0 }, "NRS_NOT_POSITIVE@lifetimeYears"],
    ["negative lifetime", { type: "laptop", lifetimeYears: "-3" }, "NRS_NOT_POSITIVE@lifetimeYears"],
    ["empty type", { type: "" }, "NRS_TOO_SHORT@type"],
    ["unknown type", { type: "grille_pain" }, "NRS_UNKNOWN_DEVICE_TYPE@type"],
    ["unknown origin", { type: "laptop", origin: "vole" as never }, "NRS_INVALID_VALUE@origin"],
    ["25 hours a day", { type: "laptop", use: { hoursPerDay: 25 } }, "NRS_TOO_BIG@use.hoursPerDay"],
    ["negative power", { type: "laptop", use: { powerW: -5 } }, "NRS_NEGATIVE@use.powerW"],
    ["negative kWh", { type: "laptop", use: { kwhPerYear: -5 } }, "NRS_NEGATIVE@use.kwhPerYear"],
    ["bad date", { type: "laptop", year: 2024, acquisitionDate: "2024-02-30" }, "NRS_INVALID_DATE@acquisitionDate"],
    ["French date", { type: "laptop", year: 2024, acquisitionDate: "01/02/2024" }, "NRS_INVALID_DATE@acquisitionDate"],
    [
      "dates in the wrong order",
      { type: "laptop", year: 2024, acquisitionDate: "2024-05-01", retirementDate: "2024-01-01" },
      "NRS_DATE_ORDER@retirementDate",
    ],
    ["dates without a year", { type: "laptop", acquisitionDate: "2024-05-01" }, "NRS_REQUIRED@year"],
    ["fractional year", { type: "laptop", year: 2024.5 }, "NRS_NOT_INTEGER@year"],
    ["device-days without a year", { type: "laptop", deviceDays: { service: 10, amortized: 5 } }, "NRS_REQUIRED@year"],
    [
      "amortised days above service days",
      { type: "laptop", year: 2024, deviceDays: { service: 10, amortized: 11 } },
      "NRS_BAD_RANGE@deviceDays.amortized",
    ],
    [
      "device-days and dates",
      { type: "laptop", year: 2024, acquisitionDate: "2024-01-01", deviceDays: { service: 10, amortized: 5 } },
      "NRS_CONFLICT@deviceDays",
    ],
    ["unknown grid", { type: "laptop", location: "ZZ" }, "NRS_FACTOR_NOT_FOUND@factor"],
    ["grid zone with spaces", { type: "laptop", location: "F R" }, "NRS_INVALID_FORMAT@location"],
    ["misspelt use key", { type: "laptop", use: { kwhPerYr: 5 } as never }, "NRS_UNKNOWN_KEY@use"],
    ["use as a number", { type: "laptop", use: 12 as never }, "NRS_INVALID_TYPE@use"],
    ["measured use with power", { type: "laptop", use: { kwhPerYear: 5, powerW: 3 } as never }, "NRS_UNKNOWN_KEY@use"],
    ["year out of range", { type: "laptop", year: 1800 }, "NRS_TOO_SMALL@year"],
    ["misspelt top-level key", { type: "laptop", quantite: 3 } as never, "NRS_UNKNOWN_KEY@"],
    ["missing type", {} as never, "NRS_REQUIRED@type"],
    ["unknown per", { type: "laptop", use: { kwhPerYear: 1, per: "all" } as never }, "NRS_INVALID_VALUE@use.per"],
    ["device-days not an object", { type: "laptop", year: 2024, deviceDays: 5 as never }, "NRS_INVALID_TYPE@deviceDays"],
    ["date as a number", { type: "laptop", year: 2024, acquisitionDate: 20240101 as never }, "NRS_INVALID_TYPE@acquisitionDate"],
    ["quantity as an object", { type: "laptop", quantity: {} as never }, "NRS_NOT_A_NUMBER@quantity"],
  ];
  for (const [name, input, expected] of bad) {
    it(`refuses ${name}`, () => {
      const found = codeAndPath(() => computeDeviceFootprint(input, opts));
      if (expected.startsWith("*@")) expect(found.map((f) => f.slice(f.indexOf("@")))).toContain(expected.slice(1));
      else expect(found).toContain(expected);
    });
  }

  it("refuses a second-life share above 1 or negative", () => {
    expect(
      codeAndPath(() => computeDeviceFootprint({ type: "laptop", origin: "reemploi" }, { ...opts, secondLifeManufacturingShare: 2 })),
    ).toContain("NRS_TOO_BIG@secondLifeManufacturingShare");
    expect(
      codeAndPath(() => computeDeviceFootprint({ type: "laptop", origin: "reemploi" }, { ...opts, secondLifeManufacturingShare: -1 })),
    ).toEqual(["NRS_NEGATIVE@secondLifeManufacturingShare"]);
  });

  it("copes with huge quantities exactly", () => {
    const r = computeDeviceFootprint({ type: "laptop", quantity: "1e30" }, opts);
    expect(r.impacts.gwp?.manufacturing?.value.toString()).toBe("5e+31");
  });
});
