import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AGEC58_PRODUCT_TYPES,
  AGEC_CATEGORIES,
  agec58Declaration,
  agecReuseShare,
  parsePurchasesCsv,
  type PurchaseRecord,
} from "@nrs/indicators";
import { out } from "@nrs/core";
import { agec58CategoryTotals } from "../src/agec58-category-totals.js";
import { datedInYear } from "../src/dated-in-year.js";
import { EXAMPLE } from "./load-example.js";

const WHO = { siret: "29990101700010", raisonSociale: "Communauté d'agglomération de Val-de-Fictive" };

describe("agec58Declaration on the example's 2025 purchases", () => {
  it("sums the EPCI's own purchases per category; the member communes' purchases are listed apart", async () => {
    const parsed = await parsePurchasesCsv(readFileSync(join(EXAMPLE, "donnees/2025/achats.csv"), "utf8"));
    expect(parsed.problems).toEqual([]);
    const d = agec58Declaration(parsed.records, { annee: 2025, ...WHO });
    expect(d.ok).toBe(true);
    // Totals added by hand from examples/val-de-fictive/donnees/2025/achats.csv (lines with entite = epci).
    expect(
      d.rows.map((r) => [
        r.type_produit_acquis,
        r.montant_total.toFixed(),
        r.montant_reemploi_et_reutilisation.toFixed(),
        r.montant_produits_issus_don.toFixed(),
        r.montant_produits_recycles.toFixed(),
        r.lines,
      ]),
    ).toEqual([
      ["Matériel informatique et téléphonie", "291830.76", "44530.76", "0", "0", [2, 3, 4, 5, 6]],
      ["Matériel de reprographie et d'impression", "28400", "2840", "0", "0", [11]],
      ["Consommables d'impression", "9600", "0", "0", "2400", [12]],
    ]);
    expect(d.rows.every((r) => r.annee === 2025 && r.siret === WHO.siret && r.raison_sociale === WHO.raisonSociale)).toBe(true);
    expect(d.excluded).toEqual([{ reason: "autre-entite", count: 5, amount: new Decimal("75678.11"), lines: [7, 8, 9, 10, 13] }]);
  });

  it("the same purchases declared by commune 26901 (its INSEE code as entity)", async () => {
    const parsed = await parsePurchasesCsv(readFileSync(join(EXAMPLE, "donnees/2025/achats.csv"), "utf8"));
    const d = agec58Declaration(parsed.records, {
      annee: 2025,
      siret: "21269010000015",
      raisonSociale: "Fictive-sur-Val",
      entities: ["26901"],
    });
    expect(d.rows.map((r) => [r.type_produit_acquis, r.montant_total.toFixed(), r.montant_reemploi_et_reutilisation.toFixed()])).toEqual([
      ["Matériel informatique et téléphonie", "53327.22", "17127.22"],
      ["Consommables d'impression", "3100", "3100"],
    ]);
  });
});

describe("agec58Declaration rules", () => {
  const p = (o: Omit<Partial<PurchaseRecord>, "amount"> & { amount: string }): PurchaseRecord => ({
    date: "2025-05-01",
    category: "informatique-telephonie",
    reuseAmount: new Decimal(0),
    ...o,
    amount: new Decimal(o.amount),
  });

  it("writes donations apart from reuse purchases (arrêté of 13 January 2025): reuse column = reuse − donations", () => {
    const d = agec58Declaration(
      [
        p({ amount: "1000", reuseAmount: new Decimal("300"), donationAmount: new Decimal("120"), line: 2 }),
        p({ amount: "500", reuseAmount: new Decimal("50"), line: 3 }),
      ],
      { annee: 2025, ...WHO },
    );
    // 300 + 50 of reuse, of which 120 came by donation: 230 bought from reuse, 120 donated.
    expect(
      d.rows.map((r) => [r.montant_total.toFixed(), r.montant_reemploi_et_reutilisation.toFixed(), r.montant_produits_issus_don.toFixed()]),
    ).toEqual([["1500", "230", "120"]]);
  });

  it("leaves out other years and the category autre, with their amounts and lines", () => {
    const d = agec58Declaration(
      [
        p({ amount: "100", line: 2 }),
        p({ amount: "40", date: "2024-12-31", line: 3 }),
        p({ amount: "7.5", category: "autre", line: 4 }),
        p({ amount: "2.5", category: "autre", line: 5 }),
      ],
      { annee: 2025, ...WHO },
    );
    expect(d.rows.map((r) => r.montant_total.toFixed())).toEqual(["100"]);
    expect(d.excluded.map((x) => [x.reason, x.count, x.amount.toFixed(), x.lines])).toEqual([
      ["autre-annee", 1, "40", [3]],
      ["autre-categorie", 2, "10", [4, 5]],
    ]);
  });

  it("reports a part above its whole on records built in code, with line and path, and declares nothing (no clamping)", () => {
    const d = agec58Declaration(
      [
        p({ amount: "100", line: 2 }),
        p({ amount: "100", reuseAmount: new Decimal(50), donationAmount: new Decimal(60), line: 3 }),
        p({ amount: "100", recycledAmount: new Decimal("100.01"), line: 4 }),
      ],
      { annee: 2025, ...WHO },
    );
    expect(d.ok).toBe(false);
    expect(d.rows).toEqual([]);
    expect(d.problems.map((x) => [x.code, x.line, x.path])).toEqual([
      ["NRS_AGEC_DONATION_ABOVE_REUSE", 3, ["purchases", 1, "donationAmount"]],
      ["NRS_AGEC_RECYCLED_ABOVE_TOTAL", 4, ["purchases", 2, "recycledAmount"]],
    ]);
    expect(d.problems[0]?.message.fr).toMatch(/don/);
    expect(d.problems[0]?.message.en).toMatch(/donation/);
  });

  it("reports a malformed date instead of filing it as another year, and checks excluded purchases too", () => {
    const d = agec58Declaration(
      [
        p({ amount: "100", line: 2 }),
        p({ amount: "40", date: "01/05/2025", line: 3 }),
        p({ amount: "10", date: "2024-05-01", recycledAmount: new Decimal(11), line: 4 }),
        p({ amount: "-5", entity: "26901", line: 5 }),
      ],
      { annee: 2025, ...WHO },
    );
    expect(d.ok).toBe(false);
    expect(d.rows).toEqual([]);
    expect(d.problems.map((x) => [x.line, x.path])).toEqual([
      [3, ["purchases", 1, "date"]],
      [4, ["purchases", 2, "recycledAmount"]],
      [5, ["purchases", 3, "amount"]],
    ]);
    expect(d.excluded).toEqual([]);
  });

  it("keeps every digit of the sums", () => {
    // Within the 10^12 € bound of a purchase line; in binary floating point the same sum is 999999999999.3099.
    const d = agec58Declaration([p({ amount: "999999999999.01" }), p({ amount: "0.1" }), p({ amount: "0.2" })], { annee: 2025, ...WHO });
    expect(d.rows[0]?.montant_total.toFixed()).toBe("999999999999.31");
  });

  it("uses the French labels of AGEC_CATEGORIES, which are values of the national schema", () => {
    for (const [code, type] of Object.entries(AGEC58_PRODUCT_TYPES))
      expect(AGEC_CATEGORIES.find((c) => c.code === code)?.label.fr).toBe(type);
  });

  it("declares every AGEC category but autre, and nothing else", () => {
    expect(Object.keys(AGEC58_PRODUCT_TYPES)).toEqual(AGEC_CATEGORIES.map((c) => c.code).filter((c) => c !== "autre"));
  });
});

describe("achats.csv: the optional montant_don column", () => {
  it("is read in French and English, and checked on its own cell", async () => {
    const lines = [
      "date;categorie;montant_ht;montant_reemploi;montant_don;montant_recycle",
      "2025-01-02;informatique;450;450;450;",
      "2025-01-03;informatique;100;40;50;",
      "2025-01-04;informatique;100;0;;120",
    ];
    // 1-based character column of the n-th cell (0-based) of a line.
    const col = (line: string, n: number) => line.split(";").slice(0, n).join(";").length + (n > 0 ? 2 : 1);
    const fr = await parsePurchasesCsv(`${lines.join("\n")}\n`);
    expect(fr.records.map((r) => r.donationAmount?.toFixed())).toEqual(["450"]);
    expect(fr.problems.map((x) => [x.code, x.line, x.column])).toEqual([
      ["NRS_AGEC_DONATION_ABOVE_REUSE", 3, col(lines[2] ?? "", 4)],
      ["NRS_AGEC_RECYCLED_ABOVE_TOTAL", 4, col(lines[3] ?? "", 5)],
    ]);
    const en = await parsePurchasesCsv(
      "date,category,amount,reuse_amount,donation_amount\n2025-01-02,it,450,450,300\n2025-01-02,it,10,0,abc\n",
    );
    expect(en.records[0]?.donationAmount?.toFixed()).toBe("300");
    expect(en.problems.map((x) => [x.code, x.line, x.column, x.message.fr.includes("montant_don")])).toEqual([
      ["NRS_NOT_A_NUMBER", 3, "2025-01-02,it,10,0,".length + 1, true],
    ]);
  });
});

describe("agec58Declaration properties", () => {
  const cents = fc.integer({ min: 0, max: 100_000_000 }).map((n) => new Decimal(n).div(100));
  const pct = fc.integer({ min: 0, max: 100 });
  const categories = [...AGEC_CATEGORIES.map((c) => c.code)];
  const purchase = fc
    .record({
      entity: fc.option(fc.constantFrom("epci", "26901", "26902"), { nil: undefined }),
      year: fc.constantFrom(2024, 2025, 2026),
      category: fc.constantFrom(...categories),
      amount: cents,
      reuse: pct,
      donation: pct,
      recycled: fc.option(pct, { nil: undefined }),
    })
    .map((x): PurchaseRecord => {
      const reuseAmount = x.amount.times(x.reuse).div(100).toDecimalPlaces(2, Decimal.ROUND_DOWN);
      return {
        ...(x.entity === undefined ? {} : { entity: x.entity }),
        date: `${x.year}-06-30`,
        category: x.category,
        amount: x.amount,
        reuseAmount,
        donationAmount: reuseAmount.times(x.donation).div(100).toDecimalPlaces(2, Decimal.ROUND_DOWN),
        ...(x.recycled === undefined ? {} : { recycledAmount: x.amount.times(x.recycled).div(100).toDecimalPlaces(2, Decimal.ROUND_DOWN) }),
      };
    });

  it("Σ montant_total = Σ of the year's own purchases in a declared category; parts never exceed totals; nothing lost", () => {
    fc.assert(
      fc.property(fc.array(purchase, { maxLength: 40 }), (purchases) => {
        const d = agec58Declaration(purchases, { annee: 2025, ...WHO });
        expect(d.ok).toBe(true);
        // Independent filter: by the year field, entity absent or epci, category not "autre".
        const declared = purchases.filter(
          (x) => x.date.slice(0, 4) === "2025" && (x.entity ?? "epci") === "epci" && x.category !== "autre",
        );
        const sum = (xs: readonly Decimal[]) => xs.reduce((s, v) => s.plus(v), new Decimal(0));
        expect(sum(d.rows.map((r) => r.montant_total)).toFixed()).toBe(sum(declared.map((x) => x.amount)).toFixed());
        for (const r of d.rows) {
          expect(r.montant_reemploi_et_reutilisation.plus(r.montant_produits_issus_don).lte(r.montant_total)).toBe(true);
          expect(r.montant_reemploi_et_reutilisation.isNegative()).toBe(false);
          expect(r.montant_produits_recycles.lte(r.montant_total)).toBe(true);
        }
        const excludedAmount = sum(d.excluded.map((x) => x.amount));
        expect(excludedAmount.plus(sum(d.rows.map((r) => r.montant_total))).toFixed()).toBe(sum(purchases.map((x) => x.amount)).toFixed());
        expect(d.excluded.reduce((n, x) => n + x.count, 0)).toBe(purchases.length - declared.length);
      }),
    );
  });

  it("agrees with the reuse-share indicator on every declared category", () => {
    fc.assert(
      fc.property(fc.array(purchase, { maxLength: 40 }), (purchases) => {
        const own = purchases.filter((x) => (x.entity ?? "epci") === "epci");
        const d = agec58Declaration(own, { annee: 2025, ...WHO });
        const shares = agecReuseShare(own, { year: 2025 });
        for (const r of d.rows) {
          const code = Object.entries(AGEC58_PRODUCT_TYPES).find(([, t]) => t === r.type_produit_acquis)?.[0];
          const s = shares.find((x) => x.category === code);
          if (r.montant_total.isZero()) expect(s).toBeUndefined();
          else {
            // The share counts donations towards the obligation (décret 2024-134); the declaration writes them apart.
            expect(s?.numerator?.toFixed()).toBe(r.montant_reemploi_et_reutilisation.plus(r.montant_produits_issus_don).toFixed());
            expect(s?.denominator?.toFixed()).toBe(r.montant_total.toFixed());
          }
        }
      }),
    );
  });
});

describe("agec58Declaration on many excluded purchases", () => {
  it("lists 40,000 purchases of another year once each, with their exact sum", () => {
    const many: PurchaseRecord[] = Array.from({ length: 40_000 }, (_, i) => ({
      date: "2024-06-30",
      category: "informatique-telephonie",
      amount: new Decimal("0.01"),
      reuseAmount: new Decimal(0),
      line: i + 2,
    }));
    const d = agec58Declaration(many, { annee: 2025, ...WHO });
    expect(d.rows).toEqual([]);
    expect(d.excluded.map((x) => [x.reason, x.count, x.amount.toFixed(), x.lines.length, x.lines[39_999]])).toEqual([
      ["autre-annee", 40_000, "400", 40_000, 40_001],
    ]);
  });
});

describe("one year filter for the declaration and the reuse share", () => {
  const q = (date: string, amount: string, reuse: string, line: number): PurchaseRecord => ({
    date,
    category: "informatique-telephonie",
    amount: new Decimal(amount),
    reuseAmount: new Decimal(reuse),
    line,
  });

  it("datedInYear reads the year of a YYYY-MM-DD date, padded to four digits", () => {
    expect([
      datedInYear("2025-01-01", 2025),
      datedInYear("2025-12-31", 2025),
      datedInYear("2024-12-31", 2025),
      datedInYear("20250-01-01", 2025),
      datedInYear("0999-05-01", 999),
    ]).toEqual([true, true, false, false, true]);
  });

  it("the totals sum every purchase they are given; the reuse share and the declaration keep only the year's", () => {
    const ps = [q("2025-01-02", "100", "30", 2), q("2024-12-31", "900", "0", 3), q("2025-07-01", "100", "10", 4)];
    expect(agec58CategoryTotals(ps).map((t) => [t.category, out(t.amount).toFixed(), t.lines])).toEqual([
      ["informatique-telephonie", "1100", [2, 3, 4]],
    ]);
    const share = agecReuseShare(ps, { year: 2025 });
    expect(share.map((s) => [s.category, s.value.toFixed(), s.numerator?.toFixed(), s.denominator?.toFixed(), s.lines])).toEqual([
      ["informatique-telephonie", "20", "40", "200", [2, 4]],
    ]);
    const d = agec58Declaration(ps, { annee: 2025, ...WHO });
    expect(d.rows.map((r) => [r.montant_total.toFixed(), r.lines])).toEqual([["200", [2, 4]]]);
  });
});
