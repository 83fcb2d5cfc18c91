import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { NrsError } from "@nrs/core";
import { agec58Declaration, agecReuseShare, computeIndicators, reuseRatio2023266, type IndicatorData } from "@nrs/indicators";

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

describe("the purchase and retirement functions take numbers and decimal strings too", () => {
  const purchase = (amount: Decimal | number | string, reuse: Decimal | number | string) => ({
    date: "2025-03-01",
    category: "informatique-telephonie",
    amount,
    reuseAmount: reuse,
    line: 4,
  });

  it("agecReuseShare and agec58Declaration give the same digits from Decimals, numbers and strings", () => {
    const share = (p: ReturnType<typeof purchase>) => agecReuseShare([p], { year: 2025 })[0]?.value.toString();
    expect(share(purchase(48000, "6000"))).toBe("12.5");
    expect(share(purchase("48000", 6000))).toBe(share(purchase(new Decimal(48000), new Decimal(6000))));
    const declared = agec58Declaration([purchase(1000.5, "250.25")], { annee: 2025, siret: "29990101700010", raisonSociale: "X" });
    expect(declared.problems).toEqual([]);
    expect(declared.rows[0]?.montant_total.toString()).toBe("1000.5");
    expect(declared.rows[0]?.montant_reemploi_et_reutilisation.toString()).toBe("250.25");
  });

  it("refuses a bad amount with its path and line, never a crash", () => {
    let thrown: unknown;
    try {
      agecReuseShare([purchase(100, 10), purchase("cent", 10)], { year: 2025 });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(NrsError);
    expect((thrown as NrsError).problems[0]).toMatchObject({ path: ["purchases", 1, "amount"], line: 4 });
    const declared = agec58Declaration([purchase("cent", 10)], { annee: 2025, siret: "29990101700010", raisonSociale: "X" });
    expect(declared.problems[0]).toMatchObject({ path: ["purchases", 0, "amount"], line: 4 });
  });

  it("reuseRatio2023266 takes an age as a number or a string", () => {
    const rows = (age: Decimal | number | string) => [
      { category: "ordinateur_portable", quantity: 10, ageYears: age, reformDate: "2024-10-01", destination: "STOCK" as const },
      {
        category: "ordinateur_portable",
        quantity: 5,
        ageYears: age,
        reformDate: "2024-11-01",
        exitDate: "2025-03-01",
        destination: "DON" as const,
        reuseCommitment: true,
      },
    ];
    const byDecimal = reuseRatio2023266(rows(new Decimal(4)), { year: 2025 });
    expect(byDecimal?.value.toString()).toBeDefined();
    expect(reuseRatio2023266(rows(4), { year: 2025 })?.value.toString()).toBe(byDecimal?.value.toString());
    expect(reuseRatio2023266(rows("4"), { year: 2025 })?.value.toString()).toBe(byDecimal?.value.toString());
    expect(() => reuseRatio2023266(rows("vieux"), { year: 2025 })).toThrowError(NrsError);
  });
});
