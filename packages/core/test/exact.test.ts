import fc from "fast-check";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { ex, out, sumExact } from "../src/exact.js";

describe("Exact", () => {
  it("keeps digits that default decimal.js rounds away", () => {
    const a = "12345678901234567890.123456789";
    const b = "98765432109876543210.987654321";
    expect(new Decimal(a).times(b).toFixed()).not.toBe(ex(a).times(b).toFixed());
    expect(ex(a).times(b).div(b).toFixed()).toBe(a);
  });
  it("sums are exact and order-independent", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n })), fc.integer({ min: 0, max: 12 }), (ints, scale) => {
        const values = ints.map((i) => new Decimal(`${i.toString()}e-${scale}`));
        const total = ints.reduce((s, i) => s + i, 0n);
        expect(sumExact(values).times(new Decimal(10).pow(scale)).toFixed()).toBe(total.toString());
        expect(sumExact([...values].reverse()).eq(sumExact(values))).toBe(true);
      }),
    );
  });
  it("rounds divided results to 34 significant digits only when asked", () => {
    expect(out(ex(2).div(3), true).toString()).toBe(`0.${"6".repeat(33)}7`);
    expect(out(ex("1.5").times("2.25")).toString()).toBe("3.375");
  });
});
