import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { NrsError } from "@nrs/core";
import { computeIndicators, type IndicatorData } from "@nrs/indicators";

const value = (r: ReturnType<typeof computeIndicators>, code: string) => r.values.find((v) => v.code === code)?.value.toString();

// The same data written three ways: Decimals (as the parsers give them), plain numbers, decimal strings.
function data(q: (x: string) => Decimal | number | string): IndicatorData {
  return {
    agents: 40,
    purchases: [{ date: "2025-02-01", category: "informatique-telephonie", amount: q("48000"), reuseAmount: q("6000"), line: 2 }],
    retirements: [
      {
        category: "ecran",
        quantity: 2,
        ageYears: q("7.5"),
        weightKg: q("12.25"),
        reformDate: "2025-03-01",
        exitDate: "2025-04-01",
        destination: "RECYCLAGE",
      },
    ],
    ecoindex: [{ url: "https://example.org/", date: "2025-05-01", dom: q("400"), requests: q("50"), sizeKb: q("1500") }],
    hosting: [{ annualKwh: q("24300"), pue: q("1.9") }],
    footprint: { impacts: { gwp: { manufacturing: { value: q("2500.5") }, use: { value: q("600") } } } },
  };
}

describe("computeIndicators takes numbers, decimal strings and Decimals alike", () => {
  it("gives the same values, digit for digit, whatever the spelling of the quantities", () => {
    const byDecimal = computeIndicators(
      data((x) => new Decimal(x)),
      { year: 2025 },
    );
    const byNumber = computeIndicators(
      data((x) => Number(x)),
      { year: 2025 },
    );
    const byString = computeIndicators(
      data((x) => x),
      { year: 2025 },
    );
    const codes = ["part-achats-reemploi", "empreinte-carbone-totale", "empreinte-carbone-par-agent", "pue", "ecoindex-moyen"];
    for (const code of codes) {
      expect(value(byDecimal, code), code).toBeDefined();
      expect(value(byNumber, code), code).toBe(value(byDecimal, code));
      expect(value(byString, code), code).toBe(value(byDecimal, code));
    }
    expect(value(byString, "part-achats-reemploi")).toBe("12.5");
    expect(value(byString, "empreinte-carbone-totale")).toBe("3100.5");
    expect(value(byString, "pue")).toBe("1.9");
    expect(byString.values.map((v) => v.code).sort()).toEqual(byDecimal.values.map((v) => v.code).sort());
  });

  it("refuses a quantity that is not a number with the path of the value, never a NaN", () => {
    const cases: [IndicatorData, (string | number)[]][] = [
      [{ purchases: [{ date: "2025-02-01", category: "autre", amount: "12,5 €", reuseAmount: 0 }] }, ["purchases", 0, "amount"]],
      [
        { retirements: [{ category: "ecran", quantity: 1, weightKg: Number.NaN, reformDate: "2025-01-02", destination: "STOCK" }] },
        ["retirements", 0, "weightKg"],
      ],
      [{ ecoindex: [{ url: "https://example.org/", date: "2025-01-01", score: "A+" }] }, ["ecoindex", 0, "score"]],
      [
        { purchases: [{ date: "2025-02-01", category: "autre", amount: 100, reuseAmount: "x", donationAmount: 5 }] },
        ["purchases", 0, "reuseAmount"],
      ],
      [{ hosting: [{ annualKwh: 10 }, { annualKwh: "beaucoup", pue: 1.5 }] }, ["hosting", 1, "annualKwh"]],
      [{ footprint: { impacts: { gwp: { use: { value: "n/a" } } } } }, ["footprint", "impacts", "gwp", "use", "value"]],
    ];
    for (const [d, path] of cases) {
      let thrown: unknown;
      try {
        computeIndicators(d, { year: 2025 });
      } catch (e) {
        thrown = e;
      }
      expect(thrown, JSON.stringify(path)).toBeInstanceOf(NrsError);
      const p = (thrown as NrsError).problems[0];
      expect(p?.path, JSON.stringify(path)).toEqual(path);
      expect(p?.message.fr.length).toBeGreaterThan(0);
    }
  });

  it("keeps the records' lines in the provenance once parsed", () => {
    const r = computeIndicators(
      data((x) => x),
      { year: 2025 },
    );
    const share = r.values.find((v) => v.code === "part-achats-reemploi");
    expect(JSON.stringify(share?.provenance.records)).toContain("2");
  });
});
