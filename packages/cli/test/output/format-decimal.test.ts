import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDecimal } from "../../src/output/format-decimal.js";

describe("formatDecimal", () => {
  it("groups thousands and uses the language's decimal mark", () => {
    expect(formatDecimal("1234567.891", "fr", 2)).toBe("1\u202f234\u202f567,89");
    expect(formatDecimal("1234567.891", "en", 2)).toBe("1,234,567.89");
    expect(formatDecimal(new Decimal("999"), "fr")).toBe("999");
  });

  it("rounds half up exactly, without binary floating point", () => {
    expect(formatDecimal("0.125", "en", 2)).toBe("0.13");
    expect(formatDecimal("1.005", "en", 2)).toBe("1.01");
  });

  it("never writes a negative zero", () => {
    expect(formatDecimal("-0.001", "en", 2)).toBe("0.00");
    expect(formatDecimal("-1500", "en")).toBe("-1,500");
  });

  it("property: removing the grouping gives back the rounded value", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }), (n, digits) => {
        const value = new Decimal(n.toString()).dividedBy(1000);
        const en = formatDecimal(value, "en", digits).replaceAll(",", "");
        const fr = formatDecimal(value, "fr", digits).replaceAll("\u202f", "").replace(",", ".");
        const expected = value.toFixed(digits, Decimal.ROUND_HALF_UP).replace(/^-(0\.?0*)$/, "$1");
        expect(en).toBe(expected);
        expect(fr).toBe(expected);
      }),
    );
  });
});
