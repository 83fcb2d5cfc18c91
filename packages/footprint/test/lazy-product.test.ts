import { inspect } from "node:util";
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coefficient } from "../src/web/exact-product.js";
import { lazyProduct } from "../src/web/lazy-product.js";

// Sums and products in these tests use a wide clone, so that an exact equality means exact.
const Wide = Decimal.clone({ precision: 300 });

// A positive coefficient of 1 to 60 significant digits (past the default precision of 20, so that both
// the word-by-word product and the exact fallback compute the digits), from 1e-30 to 1e10.
const arbCoefficient = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 60n - 1n }), fc.integer({ min: -30, max: 10 }))
  .map(([digits, exp]) => new Decimal(`${digits}e${exp}`));
const arbBytes = fc.oneof(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }));

/** The first thing done with a fresh value: a lazy one computes its digits in whichever comes first. */
const firstReads: readonly ((x: Decimal) => string)[] = [
  (x) => x.toString(),
  (x) => x.plus(1).minus(1).toFixed(),
  (x) => new Wide(1).plus(x).minus(1).toFixed(),
  (x) => new Decimal(x).toString(),
  (x) => Decimal.sum(x, 0).toString(),
  (x) => (x.isPositive() ? x.toExponential() : "-1"),
  (x) => JSON.parse(JSON.stringify({ x })).x as string,
  (x) => x.neg().abs().toString(),
];

describe("lazyProduct", () => {
  it("is the exact product, digit for digit, and reads as it would eagerly, whatever reads it first", () => {
    fc.assert(
      fc.property(arbCoefficient, arbBytes, fc.nat({ max: firstReads.length - 1 }), (c, bytes, read) => {
        const lazy = lazyProduct(bytes, coefficient(c));
        expect(lazy).toBeDefined();
        const exact = new Wide(c).times(bytes);
        const eager = new Decimal(exact);
        expect(firstReads[read]!(lazy!)).toBe(firstReads[read]!(eager));
        expect(lazy!.equals(exact)).toBe(true);
        expect(lazy!.toString()).toBe(new Decimal(exact).toString());
        expect(lazy!.toNumber()).toBe(exact.toNumber());
      }),
      { numRuns: 2000 },
    );
  });

  it("is a genuine Decimal of the app's decimal.js", () => {
    const x = lazyProduct(1e9, coefficient(new Decimal("1.482e-7")))!;
    expect(x).toBeInstanceOf(Decimal);
    expect(Decimal.isDecimal(x)).toBe(true);
    expect(x.constructor).toBe(Decimal);
    expect(Object.prototype.toString.call(x)).toBe("[object Decimal]");
    expect(inspect(x)).toBe("148.2");
    expect(`${x.toString()} g`).toBe("148.2 g");
    expect(x.valueOf()).toBe("148.2");
    // Arithmetic results are ordinary Decimals.
    expect(Object.getPrototypeOf(x.times(2))).toBe(Decimal.prototype);
    expect(x.times(2).toString()).toBe("296.4");
  });

  it("gives decimal.js's own answers inside its internal work (square root, logarithm, power)", () => {
    fc.assert(
      fc.property(arbCoefficient, arbBytes, fc.nat({ max: 3 }), (c, bytes, op) => {
        const lazy = lazyProduct(bytes, coefficient(c))!;
        const eager = new Decimal(new Wide(c).times(bytes));
        const f = [(x: Decimal) => x.sqrt(), (x: Decimal) => x.ln(), (x: Decimal) => x.pow(3), (x: Decimal) => x.cbrt()][op]!;
        expect(f(lazy).toString()).toBe(f(eager).toString());
      }),
      { numRuns: 300 },
    );
  });

  it("forwards a write to decimal.js's fields to the value it reads back", () => {
    const x = lazyProduct(3, coefficient(new Decimal(2)))!;
    (x as unknown as { s: number }).s = -1;
    expect(x.toString()).toBe("-6");
  });

  it("declines what the caller computes eagerly: under one byte, fractions, past 2^53, a zero or over-long coefficient", () => {
    const c = coefficient(new Decimal("1.482e-7"));
    for (const bytes of [0, 0.5, 1.5, 2 ** 53 + 2, 1e300, Infinity, NaN, -3]) expect(lazyProduct(bytes, c)).toBeUndefined();
    expect(lazyProduct(1, { words: [], wordExponent: 0, exact: new Decimal(0) })).toBeUndefined();
    expect(lazyProduct(1, coefficient(new Decimal(`1.${"1".repeat(98)}`)))).toBeUndefined();
    expect(lazyProduct(Number.MAX_SAFE_INTEGER, c)?.toString()).toBe(new Wide(Number.MAX_SAFE_INTEGER).times("1.482e-7").toString());
  });
});
