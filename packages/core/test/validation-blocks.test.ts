import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assertNonNegative,
  daysInMonth,
  definedProps,
  ex,
  formatIsoDay,
  isIsoDay,
  negativeProblem,
  NrsError,
  parseIsoDay,
  problem,
} from "@nrs/core";

describe("parseIsoDay", () => {
  it("reads exactly the days Date.UTC agrees exist, and writes them back unchanged", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const date = new Date(0);
        date.setUTCFullYear(y, m - 1, d);
        const exists =
          m >= 1 && m <= 12 && d >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
        expect(isIsoDay(text)).toBe(exists);
        const parsed = parseIsoDay(text);
        if (parsed !== undefined) expect(formatIsoDay(parsed)).toBe(text);
      }),
    );
  });

  it("refuses other spellings", () => {
    for (const t of ["2024-1-05", "24-01-05", "2024-01-05T00:00", " 2024-01-05", "05/01/2024", "2024/01/05", ""])
      expect(parseIsoDay(t), t).toBeUndefined();
  });

  it("shares its calendar rule with daysInMonth: the last day of each month exists, the next does not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const n = daysInMonth(y, m);
        const date = new Date(0);
        date.setUTCFullYear(y, m, 0); // day 0 of the next month is the last day of this one
        expect(n).toBe(date.getUTCDate());
        expect(isIsoDay(formatIsoDay({ year: y, month: m, day: n }))).toBe(true);
        expect(isIsoDay(formatIsoDay({ year: y, month: m, day: n + 1 }))).toBe(false);
      }),
    );
  });
});

describe("definedProps", () => {
  it("keeps every defined value in order and drops only undefined (null, 0, '' and false stay)", () => {
    expect(Object.entries(definedProps({ a: 1, b: undefined, c: null, d: 0, e: "", f: false }))).toEqual([
      ["a", 1],
      ["c", null],
      ["d", 0],
      ["e", ""],
      ["f", false],
    ]);
  });
});

describe("the non-negative check", () => {
  it("refuses exactly the values below zero (-0 is zero), with NRS_NEGATIVE at the path", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const p = negativeProblem(new Decimal(x), ["q"]);
        expect(p === undefined).toBe(!(x < 0));
        if (p !== undefined) expect([p.code, p.path]).toEqual(["NRS_NEGATIVE", ["q"]]);
      }),
    );
    expect(negativeProblem(ex(new Decimal("-0")), ["q"])).toBeUndefined();
  });

  it("throws an NrsError with the caller's message", () => {
    expect(() => assertNonNegative(new Decimal(-1), ["agents"], { fr: "négatif", en: "negative" })).toThrow(NrsError);
    try {
      assertNonNegative(new Decimal(-1), ["agents"], { fr: "négatif", en: "negative" });
    } catch (e) {
      expect((e as NrsError).problems).toEqual([
        { code: "NRS_NEGATIVE", severity: "error", path: ["agents"], message: { fr: "négatif", en: "negative" } },
      ]);
    }
  });
});

describe("problem", () => {
  it("builds the literal shape, extras before the message, nothing undefined", () => {
    const p = problem("NRS_UNKNOWN_COLUMN", ["x"], "fr", "en", { severity: "warning", line: 2, column: undefined });
    expect(Object.entries(p)).toEqual([
      ["code", "NRS_UNKNOWN_COLUMN"],
      ["severity", "warning"],
      ["path", ["x"]],
      ["line", 2],
      ["message", { fr: "fr", en: "en" }],
    ]);
  });
});
