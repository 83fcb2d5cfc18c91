import { Decimal } from "decimal.js";
import fc from "fast-check";
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { zDecimal, zNonNegativeDecimal, zPositiveDecimal } from "../src/decimal.js";
import {
  compareDecimalStrings,
  toDecimalString,
  zDecimalString,
  zNonNegativeDecimalString,
  zPositiveDecimalString,
} from "../src/decimal-string.js";
import { Exact } from "../src/exact.js";
import { NrsError } from "../src/nrs-error.js";
import { safeParse } from "../src/zod-problems.js";

// decimal.js writes a value in plain notation with toFixed(); it keeps the sign of zero, the strings do not.
const plain = (d: Decimal): string => (d.isZero() ? "0" : d.toFixed());

describe("zDecimalString", () => {
  it.each<[unknown, string]>([
    [0, "0"],
    [-0, "0"],
    ["-0", "0"],
    ["-0.000", "0"],
    ["+5", "5"],
    [" 0012.5000 ", "12.5"],
    [".5", "0.5"],
    ["5.", "5"],
    ["1200", "1200"],
    ["1.2e3", "1200"],
    ["12E-3", "0.012"],
    ["-1.5e-7", "-0.00000015"],
    [0.1, "0.1"],
    [1e21, "1000000000000000000000"],
    [1.5e-7, "0.00000015"],
    [-123456.789, "-123456.789"],
    [Number.MAX_SAFE_INTEGER, "9007199254740991"],
    ["123456789012345678901234567890.5", "123456789012345678901234567890.5"],
    [new Decimal("1e25"), "10000000000000000000000000"],
    [new Decimal("-2.50"), "-2.5"],
    [new Exact("1").div(8), "0.125"],
  ])("gives %j as %j", (input, expected) => {
    expect(z.parse(zDecimalString, input)).toBe(expected);
  });

  it("writes every finite double as decimal.js does, exactly", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(z.parse(zDecimalString, x)).toBe(plain(new Decimal(x)));
      }),
      { numRuns: 2000 },
    );
  });

  it("writes every decimal text as decimal.js reads it, exactly", () => {
    const text = fc
      .tuple(
        fc.constantFrom("", "+", "-"),
        fc.stringMatching(/^\d{0,25}$/),
        fc.option(fc.stringMatching(/^\d{0,25}$/)),
        fc.option(fc.integer({ min: -60, max: 60 })),
      )
      .filter(([, i, f]) => i.length > 0 || (f ?? "").length > 0)
      .map(([s, i, f, e]) => `${s}${i}${f === null ? "" : `.${f}`}${e === null ? "" : `e${e}`}`);
    fc.assert(
      fc.property(text, (t) => {
        expect(z.parse(zDecimalString, t)).toBe(plain(new Decimal(t)));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives one string per value, so === is equality", () => {
    expect(z.parse(zDecimalString, "1.50")).toBe(z.parse(zDecimalString, 1.5));
    expect(z.parse(zDecimalString, "15e-1")).toBe(z.parse(zDecimalString, "001.5"));
  });

  it("gives the same codes as the Decimal schemas for the same refusals", () => {
    const code = (s: z.ZodMiniType, v: unknown) => {
      const r = safeParse(s, v);
      return r.ok ? "ok" : r.errors[0]?.code;
    };
    const pairs: [z.ZodMiniType, z.ZodMiniType][] = [
      [zDecimal, zDecimalString],
      [zNonNegativeDecimal, zNonNegativeDecimalString],
      [zPositiveDecimal, zPositiveDecimalString],
    ];
    const inputs = [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      "abc",
      "",
      "1,5",
      true,
      null,
      {},
      "-1",
      -0.5,
      "0",
      0,
      "-0",
      "3",
      new Decimal(Number.NaN),
      new Decimal(-2),
    ];
    for (const [object, text] of pairs) {
      for (const v of inputs) {
        const a = safeParse(object, v);
        const b = safeParse(text, v);
        expect({ v, code: code(text, v) }).toEqual({ v, code: code(object, v) });
        if (!a.ok && !b.ok) expect(b.errors[0]?.message).toEqual(a.errors[0]?.message);
      }
    }
    expect(code(zNonNegativeDecimalString, "-1")).toBe("NRS_NEGATIVE");
    expect(code(zPositiveDecimalString, "-0")).toBe("NRS_NOT_POSITIVE");
    expect(code(zDecimalString, "douze")).toBe("NRS_INVALID_FORMAT");
  });

  it("refuses figures longer than 400 digits either side of the point, without building them", () => {
    const r = safeParse(zDecimalString, "1e999999999");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]?.code).toBe("NRS_NUMBER_TOO_LONG");
      expect(r.errors[0]?.message.fr).toMatch(/400 chiffres/);
    }
    expect(safeParse(zDecimalString, "1e-401").ok).toBe(false);
    expect(z.parse(zDecimalString, "1e399")).toBe(`1${"0".repeat(399)}`);
    expect(z.parse(zDecimalString, Number.MIN_VALUE)).toBe(`0.${"0".repeat(323)}5`);
  });
});

describe("toDecimalString", () => {
  it("converts like the schema", () => {
    expect(toDecimalString(2.5e-8)).toBe("0.000000025");
    expect(toDecimalString(new Decimal("7.10"))).toBe("7.1");
  });
  it.each([Number.NaN, Number.NEGATIVE_INFINITY, "", "douze", "1,5"])("throws a bilingual NRS_NOT_A_NUMBER on %j", (v) => {
    try {
      toDecimalString(v as string, ["seuil"]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NrsError);
      const err = e as NrsError;
      expect(err.code).toBe("NRS_NOT_A_NUMBER");
      expect(err.problems[0]?.path).toEqual(["seuil"]);
      expect(err.problems[0]?.message.fr).toMatch(/nombre/);
    }
  });
  it("throws NRS_NUMBER_TOO_LONG on a huge exponent", () => {
    expect(() => toDecimalString("1e500")).toThrow(NrsError);
  });
});

describe("compareDecimalStrings", () => {
  it.each<[string, string, number]>([
    ["0", "0", 0],
    ["-0", "0", 0],
    ["1.50", "1.5", 0],
    ["99.99", "100", -1],
    ["100", "99.999999999999999999999", 1],
    ["-1", "0.0001", -1],
    ["-1", "-2", 1],
    ["-0.5", "-0.45", -1],
    ["0.1", "0.09", 1],
    ["1e3", "1000", 0],
    ["12345678901234567890.1", "12345678901234567890.01", 1],
  ])("compares %j and %j", (a, b, expected) => {
    expect(compareDecimalStrings(a, b)).toBe(expected);
  });

  it("agrees with decimal.js on any pair", () => {
    const dec = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => String(x)),
      fc.tuple(fc.integer({ min: -999, max: 999 }), fc.stringMatching(/^\d{0,6}$/)).map(([i, f]) => `${i}.${f}`),
    );
    fc.assert(
      fc.property(dec, dec, (a, b) => {
        expect(compareDecimalStrings(a, b)).toBe(new Decimal(a).cmp(b));
      }),
      { numRuns: 2000 },
    );
  });

  it("throws NRS_NOT_A_NUMBER on text that is not a number", () => {
    expect(() => compareDecimalStrings("abc", "1")).toThrow(NrsError);
  });
});
