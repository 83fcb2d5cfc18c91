import { NrsError } from "@nrs/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeHostingFootprint } from "../src/hosting/hosting-footprint.js";
import type { HostingFootprintInput } from "../src/hosting/hosting-input.js";
import { impactCells, sumImpacts } from "../src/impact/impact-arithmetic.js";
import { testPack } from "./devices-hosting-pack.js";

const opts = { pack: testPack };

function found(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof NrsError) return e.problems.map((p) => `${p.code}@${p.path.join(".")}`);
    throw e;
  }
  return [];
}

describe("computeHostingFootprint", () => {
  it("applies the documented formulas", () => {
    const r = computeHostingFootprint(
      { year: 2024, servers: [{ quantity: 2, use: { powerW: 100 } }], contracts: [{ kwhPerYear: 1000, pue: 2 }] },
      opts,
    );
    // servers: 2 × 100 W × 24 h × 365 / 1000 = 1752 kWh × PUE 1.5 = 2628 kWh; contract 1000 × 2 = 2000 kWh
    expect(r.parts[0]?.result.impacts.energy?.use?.value.toString()).toBe("2628");
    expect(r.parts[1]?.result.impacts.energy?.use?.value.toString()).toBe("2000");
    expect(r.impacts.energy?.use?.value.toString()).toBe("4628");
    expect(r.impacts.gwp?.use?.value.toString()).toBe("231.4"); // × 0.05
    expect(r.impacts.gwp?.manufacturing?.value.toString()).toBe("400"); // 2 × 1000 / 5
    expect(r.impacts.gwp?.manufacturing?.min.toString()).toBe("280");
    expect(r.impacts.gwp?.manufacturing?.max.toString()).toBe("1200");
    expect(r.parts[1]?.result.impacts.gwp?.manufacturing).toBeUndefined();
    expect(r.trace.notes.map((n) => n.en).join(" ")).toContain("operator's equipment is not known");
  });

  it("does not apply a PUE twice when the contract's kWh include it", () => {
    const r = computeHostingFootprint({ year: 2024, contracts: [{ kwhPerYear: 1000, pueIncluded: true }] }, opts);
    expect(r.impacts.energy?.use?.value.toString()).toBe("1000");
  });

  it("uses the default ADEME pack: server 748 kgCO2e over 5 years, Arcep PUE", () => {
    const r = computeHostingFootprint({ year: 2023, servers: [{ quantity: 1, use: { kwhPerYear: 1000 } }] });
    expect(r.impacts.gwp?.manufacturing?.value.toString()).toBe("149.6");
    expect(r.impacts.energy?.use?.value.toString()).toBe("1460"); // × 1.46 (2023)
  });

  it("property: the total is exactly the sum of its parts, and monotonic in the number of servers", () => {
    const entry = fc.record({
      quantity: fc.integer({ min: 0, max: 500 }),
      kwh: fc.integer({ min: 0, max: 10 ** 7 }),
      pue: fc.integer({ min: 100, max: 300 }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), fc.array(entry, { maxLength: 3 }), (servers, contracts) => {
        const input: HostingFootprintInput = {
          year: 2024,
          servers: servers.map((s) => ({ quantity: s.quantity, pue: (s.pue / 100).toString() })),
          contracts: contracts.map((c) => ({ kwhPerYear: c.kwh, pue: (c.pue / 100).toString() })),
        };
        const r = computeHostingFootprint(input, opts);
        const sum = impactCells(sumImpacts(r.parts.map((p) => p.result.impacts)));
        const total = impactCells(r.impacts);
        const more = computeHostingFootprint({ ...input, servers: [...(input.servers ?? []), { quantity: 1 }] }, opts);
        const bigger = impactCells(more.impacts);
        return (
          total.length === sum.length &&
          total.every(
            (c, i) => c.cell.value.eq(sum[i]!.cell.value) && c.cell.min.eq(sum[i]!.cell.min) && c.cell.max.eq(sum[i]!.cell.max),
          ) &&
          total.every((c) => c.cell.min.lte(c.cell.value) && c.cell.value.lte(c.cell.max)) &&
          total.every((c) => {
            const b = bigger.find((x) => x.criterion === c.criterion && x.stage === c.stage);
            return b !== undefined && c.cell.value.lte(b.cell.value);
          })
        );
      }),
      { numRuns: 100 },
    );
  });

  it("reports every bad entry at once, with its path", () => {
    const problems = found(() =>
      computeHostingFootprint(
        {
          year: 2024,
          servers: [{ quantity: -4 }, { pue: "0.5" }, { type: "mainframe" }],
          storage: [{ quantity: 1, location: "ZZ" }],
          contracts: [{ kwhPerYear: "beaucoup" }, { kwhPerYear: 1, location: "ZZ", pue: 1.2 }, { kwhPerYear: -1 }, {} as never],
        },
        opts,
      ),
    );
    expect(problems).toEqual([
      "NRS_NEGATIVE@servers.0.quantity",
      "NRS_PUE_BELOW_ONE@servers.1.pue",
      "NRS_UNKNOWN_DEVICE_TYPE@servers.2.type",
      "NRS_FACTOR_NOT_FOUND@storage.0.pue.factor",
      "NRS_NOT_A_NUMBER@contracts.0.kwhPerYear",
      "NRS_FACTOR_NOT_FOUND@contracts.1.location.factor",
      "NRS_NEGATIVE@contracts.2.kwhPerYear",
      "NRS_REQUIRED@contracts.3.kwhPerYear",
    ]);
  });

  it("refuses a bad global PUE or year", () => {
    expect(found(() => computeHostingFootprint({ pue: "0.9" }, opts))).toEqual(["NRS_PUE_BELOW_ONE@pue"]);
    expect(found(() => computeHostingFootprint({ pue: "abc" }, opts))).toEqual(["NRS_NOT_A_NUMBER@pue"]);
    expect(found(() => computeHostingFootprint({ location: "F R" }, opts))).toEqual(["NRS_INVALID_FORMAT@location"]);
    expect(
      found(() => computeHostingFootprint({ contracts: [{ kwhPerYear: 1, pueIncluded: "oui" as never, prix: 3 } as never] }, opts)),
    ).toEqual(["NRS_UNKNOWN_KEY@contracts.0", "NRS_INVALID_TYPE@contracts.0.pueIncluded"]);
    expect(found(() => computeHostingFootprint({ year: 3000 }, opts))).toEqual(["NRS_TOO_BIG@year"]);
  });

  it("gives an empty table for an empty input", () => {
    expect(computeHostingFootprint({}, opts).impacts).toEqual({});
  });
});
