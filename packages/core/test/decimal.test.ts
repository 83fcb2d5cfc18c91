import fc from "fast-check";
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { Decimal, parseFrenchDecimal, toDecimal, zDecimal, zNonNegativeDecimal, zPositiveDecimal } from "../src/decimal.js";
import { NrsError } from "../src/nrs-error.js";
import { safeParse } from "../src/zod-problems.js";

describe("parseFrenchDecimal", () => {
  it.each([
    ["1 234,5", "1234.5"],
    ["1\u202f234,5", "1234.5"],
    ["1234.5", "1234.5"],
    ["-0,25", "-0.25"],
    ["2e3", "2000"],
    [" 7 ", "7"],
  ])("reads %j", (text, expected) => {
    expect(parseFrenchDecimal(text)?.toString()).toBe(expected);
  });
  it.each(["", "abc", "1,2,3", "1.234,5", "NaN", "Infinity", "1e", ","])("refuses %j", (text) => {
    expect(parseFrenchDecimal(text)).toBeUndefined();
  });
});

describe("toDecimal", () => {
  it("is exact", () => {
    expect(toDecimal("0.1").plus(toDecimal(0.2)).toString()).toBe("0.3");
    expect(toDecimal(new Decimal("1.5")).toString()).toBe("1.5");
  });
  it.each([Number.NaN, Number.POSITIVE_INFINITY, "", "douze", "1,5"])("throws a bilingual NrsError on %j", (v) => {
    try {
      toDecimal(v as string, ["x"]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NrsError);
      const err = e as NrsError;
      expect(err.code).toBe("NRS_NOT_A_NUMBER");
      expect(err.problems[0]?.path).toEqual(["x"]);
      expect(err.problems[0]?.message.fr).toMatch(/nombre/);
    }
  });
  it("keeps every finite double exactly", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (x) => toDecimal(x).toNumber() === x || (x === 0 && toDecimal(x).isZero()),
      ),
    );
  });
});

describe("decimal schemas", () => {
  it("accept numbers, strings and Decimals", () => {
    expect(z.parse(zDecimal, 2).toString()).toBe("2");
    expect(z.parse(zDecimal, " -2.50 ").toString()).toBe("-2.5");
    expect(z.parse(zDecimal, new Decimal(3)).toString()).toBe("3");
  });
  it("give stable codes", () => {
    const code = (s: z.ZodMiniType, v: unknown) => {
      const r = safeParse(s, v);
      return r.ok ? "ok" : r.errors[0]?.code;
    };
    expect(code(zDecimal, Number.NaN)).toBe("NRS_NOT_A_NUMBER");
    expect(code(zDecimal, "abc")).toBe("NRS_INVALID_FORMAT");
    expect(code(zDecimal, true)).toBe("NRS_INVALID_TYPE");
    expect(code(zNonNegativeDecimal, "-1")).toBe("NRS_NEGATIVE");
    expect(code(zNonNegativeDecimal, "0")).toBe("ok");
    expect(code(zPositiveDecimal, 0)).toBe("NRS_NOT_POSITIVE");
  });
});
