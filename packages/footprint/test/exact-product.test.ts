import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coefficient, exactProduct } from "../src/web/exact-product.js";

// A positive coefficient of 1 to 20 significant digits, anywhere from 1e-30 to 1e10.
const arbCoefficient = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 20n - 1n }), fc.integer({ min: -30, max: 10 }))
  .map(([digits, exp]) => new Decimal(`${digits}e${exp}`));
const arbBytes = fc.oneof(
  fc.integer({ min: 1, max: 9_999_999 }),
  fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }).map((n) => n % 1e14 || 1),
);

describe("exactProduct", () => {
  it("equals decimal.js's times, digit for digit, and is a genuine Decimal", () => {
    fc.assert(
      fc.property(arbCoefficient, arbBytes, (c, bytes) => {
        const fast = exactProduct(bytes, coefficient(c));
        if (fast === undefined) return; // more digits than the precision: the caller takes `times`
        expect(fast).toBeInstanceOf(Decimal);
        expect(fast.toString()).toBe(c.times(bytes).toString());
        expect(fast.equals(c.times(bytes))).toBe(true);
        // decimal.js arithmetic reads it like any other Decimal.
        expect(fast.plus(0).negated().abs().toString()).toBe(c.times(bytes).toString());
      }),
      { numRuns: 2000 },
    );
  });

  it("declines what it cannot do exactly: fractions, under one, 1e14 and beyond, too many digits", () => {
    const c = coefficient(new Decimal("1.482e-7"));
    for (const bytes of [0, 0.5, 1.5, 1e14, Infinity, NaN, -3]) expect(exactProduct(bytes, c)).toBeUndefined();
    expect(exactProduct(1e9, c)?.toString()).toBe("148.2");
    // 21 significant digits against the default precision of 20: decimal.js would round, so no fast path.
    expect(exactProduct(12_345_678_901, coefficient(new Decimal("1.23456789012345678901")))).toBeUndefined();
    // 8 + 7 digits but only 15 significant ones once trailing zeros go: fits, and is exact.
    expect(exactProduct(20_000_000, coefficient(new Decimal("3.830814e-7")))?.toString()).toBe("7.661628");
  });
});
