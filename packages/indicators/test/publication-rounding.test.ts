import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NrsError } from "@nrs/core";
import { publishedDecimals, roundForPublication } from "@nrs/indicators";

// Any decimal from 1e-12 to 1e9 in absolute value, with up to 34 significant digits, both signs.
const digits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 34 }).filter((d) => d.some((x) => x !== 0));
const value = fc
  .record({ digits, exponent: fc.integer({ min: -12, max: 9 }), negative: fc.boolean() })
  .map(({ digits: ds, exponent, negative }) => new Decimal(`${negative ? "-" : ""}0.${ds.join("")}e${exponent}`));

describe("publishedDecimals", () => {
  it("keeps 2 decimals from 1 up, 3 significant digits below 1", () => {
    expect(["0", "1", "-1", "92.51096", "109588.488", "1e30"].map(publishedDecimals)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(["0.9024", "0.1", "0.0871", "-0.0871", "0.000412", "1e-30"].map(publishedDecimals)).toEqual([3, 3, 4, 4, 6, 32]);
  });
});

describe("roundForPublication", () => {
  it("rounds the values of the example's open data as the bilan prints them", () => {
    const cases: [string, string][] = [
      ["109588.488280984553346152917547944177964051", "109588.49"],
      ["92.51096427569183973168404317739674", "92.51"],
      ["0.9024307935883178384360031748803427", "0.902"],
      ["0.3994597332432888738814789802464967", "0.399"],
      ["6.299030609808509622288372093023256", "6.3"],
      ["18.8000006695775544651259449310331", "18.8"],
      ["48.35820895522388059701492537313433", "48.36"],
    ];
    for (const [exact, published] of cases) expect(roundForPublication(exact).toString()).toBe(published);
  });

  it("rounds ties half away from zero, like formatNumber in @nrs/report", () => {
    expect(roundForPublication("0.125", { decimals: 2 }).toString()).toBe("0.13");
    expect(roundForPublication("0.135", { decimals: 2 }).toString()).toBe("0.14");
    expect(roundForPublication("-0.125", { decimals: 2 }).toString()).toBe("-0.13");
    expect(roundForPublication("2.5", { decimals: 0 }).toString()).toBe("3");
  });

  it("leaves integers and short decimals alone, and writes no negative zero", () => {
    for (const v of ["0", "384", "473.2", "6.5", "55", "-12.25", "1700"]) expect(roundForPublication(v).toString()).toBe(v);
    const z = roundForPublication("-0.001", { decimals: 2 });
    expect([z.toString(), z.isNegative()]).toEqual(["0", false]);
  });

  it("keeps every digit with exact: true, whatever decimals says", () => {
    const v = "92.51096427569183973168404317739674";
    expect(roundForPublication(v, { exact: true, decimals: 0 }).toString()).toBe(v);
    expect(roundForPublication(v, { decimals: 0 }).toString()).toBe("93");
  });

  it("keeps three significant digits of a tiny value, even beyond 100 decimals", () => {
    expect(roundForPublication("1.23456e-99").toString()).toBe("1.23e-99");
    expect(roundForPublication("-4.5678e-120").toString()).toBe("-4.57e-120");
  });

  it("refuses a number of decimals that is not an integer from 0 to 100, with a stable code", () => {
    for (const decimals of [-1, 1.5, 101, Number.NaN]) {
      let error: unknown;
      try {
        roundForPublication("1.234", { decimals });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(NrsError);
      const p = (error as NrsError).problems[0];
      expect([p?.code, p?.path]).toEqual(["NRS_BAD_DECIMALS", ["decimals"]]);
      expect(p?.message.fr).toContain("décimales");
      expect(p?.message.en).toContain("decimals");
    }
  });

  it("is within half a unit of the last kept digit of the exact value", () => {
    fc.assert(
      fc.property(value, fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }), (v, decimals) => {
        const places = decimals ?? publishedDecimals(v);
        const r = roundForPublication(v, decimals === undefined ? {} : { decimals });
        expect(r.decimalPlaces()).toBeLessThanOrEqual(places);
        expect(r.minus(v).abs().lte(new Decimal(10).pow(-places).div(2))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("never changes the sign; the default policy never rounds a non-zero value to zero", () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 12 }), (v, decimals) => {
        const r = roundForPublication(v);
        expect(r.isZero()).toBe(false);
        expect(r.isNegative()).toBe(v.isNegative());
        // With few decimals a small value may become 0, never a value of the other sign.
        const fixed = roundForPublication(v, { decimals });
        expect(fixed.isZero() || fixed.isNegative() === v.isNegative()).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("leaves a value already at the precision unchanged (and is idempotent)", () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 12 }), (v, decimals) => {
        const short = v.toDecimalPlaces(decimals);
        expect(roundForPublication(short, { decimals }).eq(short)).toBe(true);
        const once = roundForPublication(v);
        expect(roundForPublication(once).eq(once)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
