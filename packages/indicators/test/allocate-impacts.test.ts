import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, allocateImpacts, type AllocationBasis } from "@nrs/indicators";

const sum = (xs: Iterable<Decimal>) => [...xs].reduce((s, v) => s.plus(v), new Decimal(0));
const amount = fc.integer({ min: 0, max: 10 ** 9 }).chain((n) => fc.integer({ min: 0, max: 12 }).map((d) => new Decimal(n).div(10 ** d)));
const names = ["epci", "ccas", "26901", "26902", "syndicat", "spl"];

describe("allocateImpacts, the one allocation rule", () => {
  it("property: value, min and max each add up exactly; every part keeps 0 ≤ min ≤ value ≤ max", () => {
    fc.assert(
      fc.property(
        fc.tuple(amount, amount, amount),
        fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom<AllocationBasis>("agents", "population", "devices"),
        (bounds, weights, basis) => {
          if (!weights.some((w) => w > 0)) weights[0] = 1;
          const [min, value, max] = [...bounds].sort((a, b) => a.comparedTo(b));
          const keys = Object.fromEntries(weights.map((w, i) => [names[i]!, w]));
          const parts = Object.values(allocateImpacts({ value: value!, min: min!, max: max! }, basis, keys));
          expect(sum(parts.map((p) => p.value)).eq(value!)).toBe(true);
          expect(sum(parts.map((p) => p.min!)).eq(min!)).toBe(true);
          expect(sum(parts.map((p) => p.max!)).eq(max!)).toBe(true);
          for (const p of parts) {
            expect(p.min!.isNegative()).toBe(false);
            expect(p.min!.lte(p.value) && p.value.lte(p.max!)).toBe(true);
          }
        },
      ),
    );
  });

  it("property: without bounds, the value is split as allocate splits it, and a zero key gets exactly 0", () => {
    fc.assert(
      fc.property(amount, fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 6 }), (value, weights) => {
        weights[0] = Math.max(weights[0]!, 1);
        const keys = Object.fromEntries(weights.map((w, i) => [names[i]!, w]));
        const parts = allocateImpacts({ value }, "agents", keys);
        const plain = allocate(value, "agents", keys);
        for (const [e, w] of Object.entries(keys)) {
          expect(parts[e]?.value.toString()).toBe(plain[e]?.toString());
          expect(parts[e]?.min).toBeUndefined();
          if (w === 0) expect(parts[e]?.value.isZero()).toBe(true);
        }
      }),
    );
  });

  it("truncates each part but the remainder, so the remainder is never negative (rounding half to even made it -7.9e-11 here)", () => {
    const parts = allocate("1.21e-10", "population", { a: 1, b: 1, c: "0.0166" });
    expect(Object.values(parts).map(String)).toEqual(["0", "0", "1.21e-10"]);
    // The last entity with a non-zero key takes the remainder; a trailing zero key gets 0.
    const z = allocate(2, "agents", { a: 1, b: 1, c: 1, d: 0 });
    expect([z.a, z.b, z.c, z.d].map(String)).toEqual(["0.6666666666", "0.6666666666", "0.6666666668", "0"]);
  });

  it("refuses bounds out of order, negative quantities and bad keys, with their codes", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as { problems?: { code: string }[] }).problems?.[0]?.code;
      }
      return undefined;
    };
    expect(code(() => allocateImpacts({ value: 10, min: 11 }, "agents", { a: 1 }))).toBe("NRS_BAD_RANGE");
    expect(code(() => allocateImpacts({ value: 10, max: 9 }, "agents", { a: 1 }))).toBe("NRS_BAD_RANGE");
    expect(code(() => allocateImpacts({ value: -1 }, "agents", { a: 1 }))).toBe("NRS_NEGATIVE");
    expect(code(() => allocateImpacts({ value: 1 }, "agents", { a: 0 }))).toBe("NRS_ALLOCATION_KEYS");
    expect(code(() => allocateImpacts({ value: 1 }, "custom", { a: "0.5" }))).toBe("NRS_ALLOCATION_KEYS_SUM");
  });
});
