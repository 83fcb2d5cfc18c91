import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computePrintingFootprint, defaultFactorPack, defineFactorPack, lookupFactor, REAM_ITEM } from "../src/index.js";
import { expectNrsError } from "./errors.js";

const ream = lookupFactor(defaultFactorPack, { item: REAM_ITEM, criterion: "gwp", stage: "manufacturing" });

describe("computePrintingFootprint", () => {
  it("counts paper from sheets, A3 twice, pages halved when duplex", () => {
    const r = computePrintingFootprint({
      pack: defaultFactorPack,
      lines: [{ sheets: 1000 }, { sheets: 100, format: "A3" }, { pages: 400, duplex: true }, { pages: 50 }],
    });
    // 1000 + 200 + 200 + 50 = 1450 A4 sheets; 1450 / 500 reams × the factor per ream.
    expect(r.a4Sheets.toString()).toBe("1450");
    expect(r.pages.toString()).toBe("450");
    expect(r.impacts.gwp?.manufacturing?.value.toString()).toBe(ream.value.times(1450).div(500).toString());
    expect(r.trace.factors.map((f) => f.id)).toEqual([ream.id]);
    expect(r.trace.values.filter((v) => v.origin === "default").map((v) => v.name)).toEqual(["lines.3.duplex"]);
  });

  it("counts the sheets, not the pages, when a line gives both", () => {
    const r = computePrintingFootprint({ pack: defaultFactorPack, lines: [{ pages: 9000, sheets: 500 }] });
    expect(r.a4Sheets.toString()).toBe("500");
    expect(r.pages.toString()).toBe("9000");
  });

  it("is additive over lines (property)", () => {
    const line = fc.record({ sheets: fc.integer({ min: 0, max: 1e6 }), format: fc.constantFrom("A4" as const, "A3" as const) });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const gwp = (ls: typeof lines) =>
          computePrintingFootprint({ pack: defaultFactorPack, lines: ls }).impacts.gwp?.manufacturing?.value ?? ream.value.times(0);
        const parts = lines.map((l) => gwp([l]));
        expect(gwp(lines).toString()).toBe(parts.reduce((a, b) => a.plus(b), ream.value.times(0)).toString());
      }),
    );
  });

  it("refuses bad input and a pack without a paper factor", () => {
    expectNrsError(() => computePrintingFootprint({ pack: defaultFactorPack, lines: [{ sheets: -1 }] }), "NRS_NEGATIVE");
    const pack = defineFactorPack({ ...defaultFactorPack, rows: defaultFactorPack.rows.filter((row) => row.item !== REAM_ITEM) });
    expectNrsError(() => computePrintingFootprint({ pack, lines: [{ sheets: 1 }] }), "NRS_FACTOR_NOT_FOUND");
  });
});
