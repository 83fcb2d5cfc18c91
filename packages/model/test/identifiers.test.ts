import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCodeInsee, isDateIso, isSiren, isSiret, zIdentifiant } from "../src/index.js";

// Reference Luhn, written independently of the implementation: sum of digits of (digit × weight).
function luhnReference(s: string): boolean {
  const digits = [...s].map(Number).reverse();
  const sum = digits.reduce((acc, d, i) => acc + (i % 2 === 1 ? Math.floor((2 * d) / 10) + ((2 * d) % 10) : d), 0);
  return sum % 10 === 0;
}

describe("isSiren", () => {
  it("accepts known-valid SIRENs and refuses a changed digit", () => {
    expect(isSiren("732829320")).toBe(true);
    expect(isSiren("299900019")).toBe(true);
    expect(isSiren("732829321")).toBe(false);
  });
  it("refuses other shapes", () => {
    for (const s of ["", "73282932", "7328293200", "73282932a", " 732829320", "732 829 320"]) expect(isSiren(s)).toBe(false);
  });
  it("agrees with a reference Luhn on every 9-digit string (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (s) => isSiren(s) === luhnReference(s)),
      { numRuns: 2000 },
    );
  });
  it("exactly one check digit completes any 8-digit prefix (property)", () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{8}$/), (p) => [..."0123456789"].filter((d) => isSiren(p + d)).length === 1));
  });
});

describe("isSiret", () => {
  it("accepts known-valid SIRETs and refuses a changed digit", () => {
    expect(isSiret("73282932000074")).toBe(true);
    expect(isSiret("73282932000075")).toBe(false);
    expect(isSiret("29990101700010")).toBe(true);
  });
  it("refuses other shapes", () => {
    for (const s of ["", "7328293200007", "732829320000740", "7328293200007a", "732 829 320 00074"]) expect(isSiret(s)).toBe(false);
  });
  it("agrees with a reference Luhn outside La Poste (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{14}$/), (s) => s.startsWith("356000000") || isSiret(s) === luhnReference(s)),
      { numRuns: 2000 },
    );
  });
  it("keeps INSEE's La Poste exception: digit sum a multiple of 5", () => {
    // 356000000 + NIC 00001: digit sum 3+5+6+1 = 15, a multiple of 5, and not a Luhn number.
    expect(luhnReference("35600000000001")).toBe(false);
    expect(isSiret("35600000000001")).toBe(true);
    expect(isSiret("35600000000002")).toBe(false);
    // the same NIC under another SIREN gets no exception
    expect(isSiret("73282932000001")).toBe(luhnReference("73282932000001"));
  });
});

describe("isCodeInsee", () => {
  it("accepts metropolitan, Corsican and overseas codes", () => {
    for (const s of ["01001", "75056", "2A004", "2B033", "97411", "98735", "95001"]) expect(isCodeInsee(s), s).toBe(true);
  });
  it("refuses 20xxx (Corsica is 2A/2B), 00, 96, 99, wrong lengths and letters", () => {
    for (const s of ["20004", "00001", "96001", "99001", "7505", "750560", "2C004", "2a004", "ABCDE", ""])
      expect(isCodeInsee(s), s).toBe(false);
  });
});

describe("isDateIso", () => {
  it("accepts real dates, including 29 February of leap years", () => {
    for (const s of ["2024-02-29", "2000-02-29", "2023-12-31", "2025-01-01"]) expect(isDateIso(s), s).toBe(true);
  });
  it("refuses impossible dates and other formats", () => {
    for (const s of [
      "2023-02-29",
      "1900-02-29",
      "2024-13-01",
      "2024-00-10",
      "2024-04-31",
      "2024-1-1",
      "01/01/2024",
      "2024-01-01T00:00:00Z",
      "",
    ]) {
      expect(isDateIso(s), s).toBe(false);
    }
  });
  it("agrees with Date for every day of 1990–2100 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const s = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        return isDateIso(s) === real;
      }),
    );
  });
});

describe("zIdentifiant", () => {
  it("accepts ids used across documents and refuses spaces and overlong ids", () => {
    for (const s of ["O1", "M3.2", "part-achats-reemploi", "AXE_1"]) expect(zIdentifiant.safeParse(s).success, s).toBe(true);
    for (const s of ["", "o 1", "-x", "é", "x".repeat(65)]) expect(zIdentifiant.safeParse(s).success, s).toBe(false);
  });
});
