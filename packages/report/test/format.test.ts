import fc from "fast-check";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatQuantity, NBSP, NNBSP } from "../src/index.js";

describe("formatNumber", () => {
  it("French: narrow no-break space groups, decimal comma, U+2212 minus", () => {
    expect(formatNumber("1234567.891", "fr")).toBe(`1${NNBSP}234${NNBSP}567,89`);
    expect(formatNumber("-1234.5", "fr")).toBe(`\u22121${NNBSP}234,5`);
    expect(formatNumber("999", "fr")).toBe("999");
    expect(formatNumber("0.005", "fr")).toBe("0,01");
    expect(formatNumber("-0.001", "fr")).toBe("0");
    expect(formatNumber("12", "fr", { decimals: 2 })).toBe("12,00");
    expect(formatNumber("3", "fr", { signed: true })).toBe("+3");
  });

  it("English: comma groups and decimal point", () => {
    expect(formatNumber("1234567.891", "en")).toBe("1,234,567.89");
    expect(formatNumber(new Decimal("1e21"), "en")).toBe("1,000,000,000,000,000,000,000");
  });

  it("units: no-break space before the unit; English percent is glued", () => {
    expect(formatQuantity("12.5", "%", "fr")).toBe(`12,5${NBSP}%`);
    expect(formatQuantity("12.5", "%", "en")).toBe("12.5%");
    expect(formatQuantity("3400", "kgCO2e", "en")).toBe(`3,400${NBSP}kgCO2e`);
  });

  it("property: removing the French separators gives back the rounded value", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (i, c) => {
        const d = new Decimal(i).plus(new Decimal(c).dividedBy(100));
        const back = formatNumber(d, "fr").replaceAll(NNBSP, "").replace(",", ".").replace("\u2212", "-");
        expect(new Decimal(back).equals(d)).toBe(true);
      }),
    );
  });

  it("rejects NaN and garbage with an NrsError", () => {
    expect(() => formatNumber(Number.NaN, "fr")).toThrow(/NRS_/);
    expect(() => formatNumber("abc", "fr")).toThrow(/NRS_/);
  });
});

describe("formatDate", () => {
  it("French and English long dates, 1er for the first day", () => {
    expect(formatDate("2025-01-01", "fr")).toBe(`1er${NBSP}janvier 2025`);
    expect(formatDate("2026-08-15", "fr")).toBe(`15${NBSP}août 2026`);
    expect(formatDate("2026-11-28T10:00:00Z", "en")).toBe(`28${NBSP}November 2026`);
  });
  it("refuses what is not an ISO date", () => {
    expect(() => formatDate("28/11/2026", "fr")).toThrow(/NRS_REPORT_BAD_DATE/);
    expect(() => formatDate("2026-13-01", "fr")).toThrow(/NRS_REPORT_BAD_DATE/);
  });
});
