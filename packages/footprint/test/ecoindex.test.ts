import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ecoIndex, ecoIndexGrade } from "../src/web/ecoindex.js";
import { ECOINDEX_QUANTILES } from "../src/web/ecoindex-quantiles.js";
import { expectNrsError } from "./errors.js";

// A plain floating-point reading of the published method, written independently in the test, to check
// the exact implementation against (away from rounding ties).
function floatScore(dom: number, requests: number, sizeKb: number): number {
  const q = (v: number, table: readonly (number | string)[]) => {
    const t = table.map(Number);
    for (let i = 1; i < t.length; i++) if (v < t[i]!) return i - 1 + (v - t[i - 1]!) / (t[i]! - t[i - 1]!);
    return 20;
  };
  const qd = q(dom, ECOINDEX_QUANTILES.dom);
  const qr = q(requests, ECOINDEX_QUANTILES.requests);
  const qs = q(sizeKb, ECOINDEX_QUANTILES.sizeKb);
  return 100 - (5 * (3 * qd + 2 * qr + qs)) / 6;
}

describe("ecoIndex — known cases", () => {
  it("matches the Python reference README example (100 DOM, 100 requests, 100 KB)", () => {
    const r = ecoIndex({ dom: 100, requests: 100, sizeKb: 100 });
    expect(r.score.toString()).toBe("72");
    expect(r.grade).toBe("B");
    expect(r.ghgGramsCO2e.toString()).toBe("1.56");
    expect(r.waterCl.toString()).toBe("2.34");
    // By hand: q_dom = 2 + (100−75)/(159−75) = 2 + 25/84; q_req = 12 + (100−95)/(105−95) = 12.5;
    // q_size = 1 + (100−1.37)/(144.7−1.37) = 1 + 98.63/143.33. Score = 100 − 5/6·(3 q_dom + 2 q_req + q_size).
    const qd = new Decimal(2).plus(new Decimal(25).div(84));
    const qs = new Decimal(1).plus(new Decimal("98.63").div("143.33"));
    const expected = new Decimal(100).minus(new Decimal(5).div(6).times(qd.times(3).plus(25).plus(qs)));
    expect(r.scoreUnrounded.minus(expected).abs().lessThan("1e-15")).toBe(true);
    expect(r.quantiles.requests.toString()).toBe("12.5");
    // As an impact table: 1.56 g = 0.00156 kgCO2e and 2.34 cl = 0.0000234 m³, stage use.
    expect(r.impacts.gwp?.use?.value.toString()).toBe("0.00156");
    expect(r.impacts.water?.use?.value.toFixed()).toBe("0.0000234");
    expect(r.trace.values.map((v) => v.name)).toEqual(["dom", "requests", "sizeKb"]);
    expect(r.trace.notes.some((n) => n.en.includes("not under a free licence"))).toBe(true);
  });

  it("an empty page scores 100 (A, 1 gCO2e, 1.5 cl) and a page past every last quantile scores 0 (G, 3 gCO2e, 4.5 cl)", () => {
    const best = ecoIndex({ dom: 0, requests: 0, sizeKb: 0 });
    expect([best.score.toString(), best.grade, best.ghgGramsCO2e.toString(), best.waterCl.toString()]).toEqual(["100", "A", "1", "1.5"]);
    const worst = ecoIndex({ dom: 594601, requests: 3920, sizeKb: "223212.26" });
    expect([worst.score.toString(), worst.grade, worst.ghgGramsCO2e.toString(), worst.waterCl.toString()]).toEqual(["0", "G", "3", "4.5"]);
    expect(ecoIndex({ dom: 10_000_000, requests: 100_000, sizeKb: 1e9 }).score.toString()).toBe("0");
  });

  // With dom = 417 (q = 7 exactly) and no request, score = 82.5 − 5/6·q_size; the sizes below are chosen
  // by hand so that the exact score lands on a tie or just off it.
  it("rounds an exact tie half to even: 80.5 → 80 (grade B, since A needs > 80)", () => {
    // q_size = 2.4 → size = 144.7 + 0.4 × (319.53 − 144.7) = 214.632 KB → score exactly 80.5
    const r = ecoIndex({ dom: 417, requests: 0, sizeKb: "214.632" });
    expect(r.scoreUnrounded.toString()).toBe("80.5");
    expect(r.score.toString()).toBe("80");
    expect(r.grade).toBe("B");
    expect(r.ghgGramsCO2e.toString()).toBe("1.4");
    expect(r.waterCl.toString()).toBe("2.1");
  });

  it("rounds an exact tie half to even: 81.5 → 82 (A)", () => {
    // q_size = 1.2 → size = 1.37 + 0.2 × 143.33 = 30.036 KB → score exactly 81.5
    const r = ecoIndex({ dom: 417, requests: 0, sizeKb: "30.036" });
    expect(r.scoreUnrounded.toString()).toBe("81.5");
    expect(r.score.toString()).toBe("82");
    expect(r.grade).toBe("A");
  });

  it("does not mistake a score a hair above a tie for a tie (80.5000… → 81, A)", () => {
    const r = ecoIndex({ dom: 417, requests: 0, sizeKb: "214.631999" });
    expect(r.scoreUnrounded.greaterThan("80.5")).toBe(true);
    expect(r.score.toString()).toBe("81");
    expect(r.grade).toBe("A");
  });

  it("grades 70.5 → 70 as C and 71.5 → 72 as B", () => {
    // q_size = 14.4 → size = 2465.37 + 0.4 × 400.94 = 2625.746 → 82.5 − 12 = 70.5
    const c = ecoIndex({ dom: 417, requests: 0, sizeKb: "2625.746" });
    expect([c.scoreUnrounded.toString(), c.score.toString(), c.grade]).toEqual(["70.5", "70", "C"]);
    // q_size = 13.2 → size = 2142.06 + 0.2 × 323.31 = 2206.722 → 71.5
    const b = ecoIndex({ dom: 417, requests: 0, sizeKb: "2206.722" });
    expect([b.scoreUnrounded.toString(), b.score.toString(), b.grade]).toEqual(["71.5", "72", "B"]);
  });

  it("uses strict thresholds for every grade", () => {
    const cases: [number, string][] = [
      [100, "A"],
      [81, "A"],
      [80, "B"],
      [71, "B"],
      [70, "C"],
      [56, "C"],
      [55, "D"],
      [41, "D"],
      [40, "E"],
      [26, "E"],
      [25, "F"],
      [11, "F"],
      [10, "G"],
      [0, "G"],
    ];
    for (const [score, grade] of cases) expect(ecoIndexGrade(score)).toBe(grade);
  });

  it("a value equal to a quantile boundary sits at that whole position", () => {
    const r = ecoIndex({ dom: 476, requests: 0, sizeKb: 0 });
    expect(r.quantiles.dom.toString()).toBe("8");
    expect(r.score.toString()).toBe("80");
    expect(r.grade).toBe("B");
  });
});

describe("ecoIndex — properties", () => {
  const page = fc.record({
    dom: fc.nat({ max: 700_000 }),
    requests: fc.nat({ max: 5_000 }),
    sizeKb: fc.double({ min: 0, max: 300_000, noNaN: true, noDefaultInfinity: true }),
  });

  it("score in [0, 100], integer, grade from the rounded score, GHG and water linear in it", () => {
    fc.assert(
      fc.property(page, (p) => {
        const r = ecoIndex(p);
        expect(r.score.isInteger()).toBe(true);
        expect(r.score.gte(0) && r.score.lte(100)).toBe(true);
        expect(r.grade).toBe(ecoIndexGrade(r.score));
        const gap = new Decimal(50).minus(r.score);
        expect(r.ghgGramsCO2e.equals(new Decimal(2).plus(gap.times("0.02")))).toBe(true);
        expect(r.waterCl.equals(new Decimal(3).plus(gap.times("0.03")))).toBe(true);
        expect(r.score.minus(r.scoreUnrounded).abs().lte("0.5")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with a floating-point reading of the method (unrounded score within 1e-9)", () => {
    fc.assert(
      fc.property(page, (p) => {
        const r = ecoIndex(p);
        expect(Math.abs(r.scoreUnrounded.toNumber() - floatScore(p.dom, p.requests, p.sizeKb))).toBeLessThan(1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it("a heavier page never scores better", () => {
    fc.assert(
      fc.property(page, fc.nat({ max: 1000 }), fc.nat({ max: 100 }), fc.double({ min: 0, max: 5000, noNaN: true }), (p, dd, dr, ds) => {
        const a = ecoIndex(p);
        const b = ecoIndex({ dom: p.dom + dd, requests: p.requests + dr, sizeKb: p.sizeKb + ds });
        expect(b.scoreUnrounded.lte(a.scoreUnrounded)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("ecoIndex — bad input", () => {
  it("refuses negative, fractional, NaN, infinite and textual measures with bilingual problems", () => {
    expectNrsError(() => ecoIndex({ dom: -1, requests: 0, sizeKb: 0 }), "NRS_NEGATIVE", ["dom"]);
    expectNrsError(() => ecoIndex({ dom: 1, requests: 2.5, sizeKb: 0 }), "NRS_NOT_INTEGER", ["requests"]);
    expectNrsError(() => ecoIndex({ dom: 1, requests: 2, sizeKb: Number.NaN }), "NRS_NOT_A_NUMBER", ["sizeKb"]);
    expectNrsError(() => ecoIndex({ dom: Number.POSITIVE_INFINITY, requests: 2, sizeKb: 1 }), "NRS_NOT_A_NUMBER", ["dom"]);
    expectNrsError(() => ecoIndex({ dom: 1, requests: 2, sizeKb: -0.5 }), "NRS_NEGATIVE", ["sizeKb"]);
    expectNrsError(() => ecoIndexGrade(-3), "NRS_NEGATIVE", ["score"]);
  });

  it("reports every bad field at once", () => {
    const err = expectNrsError(() => ecoIndex({ dom: -1, requests: 1.5, sizeKb: -2 }), "NRS_NEGATIVE");
    expect(err.problems.map((p) => p.path[0]).sort()).toEqual(["dom", "requests", "sizeKb"]);
  });

  it("refuses what is not an object, and reads Decimals and decimal strings as numbers", () => {
    expectNrsError(() => ecoIndex(null as never), "NRS_INVALID_TYPE", []);
    expectNrsError(() => ecoIndex({ dom: "beaucoup", requests: 2, sizeKb: 1 }), "NRS_NOT_A_NUMBER", ["dom"]);
    const a = ecoIndex({ dom: new Decimal(100), requests: " 100 ", sizeKb: "1e2" });
    expect(a.score.toString()).toBe(ecoIndex({ dom: 100, requests: 100, sizeKb: 100 }).score.toString());
  });

  it("refuses a missing field", () => {
    const err = expectNrsError(() => ecoIndex({ dom: 1, requests: 2 } as never), "NRS_REQUIRED", ["sizeKb"]);
    expect(err.problems).toHaveLength(1);
  });
});
