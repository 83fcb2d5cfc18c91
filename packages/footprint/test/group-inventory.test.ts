import fc from "fast-check";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { groupInventory } from "../src/inventory/group-inventory.js";
import type { InventoryGroup } from "../src/inventory/inventory-group.js";
import { parseInventoryCsv } from "../src/inventory/parse-inventory-csv.js";

const TYPES = ["ordinateur_portable", "ecran", "smartphone", "tablette"] as const;
const LIFETIMES = { ordinateur_portable: 5, ecran: 6, smartphone: "2.5", tablette: 3 };

const date = fc
  .record({ y: fc.integer({ min: 2012, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

/** A good CSV line, with the values it stands for. */
const goodLine = fc
  .record({
    type: fc.constantFrom(...TYPES),
    quantity: fc.integer({ min: 1, max: 5000 }),
    acquisition: fc.option(date, { nil: undefined }),
    retirementDays: fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }),
    lifetime: fc.option(fc.constantFrom("3", "4,5", "5", "7", "2,25"), { nil: undefined }),
    origin: fc.constantFrom("neuf", "reemploi", "reconditionne", ""),
    kwh: fc.option(
      fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a},${b}`),
      { nil: undefined },
    ),
    entity: fc.constantFrom("epci", "26901", "26902", ""),
  })
  .map((l) => {
    let retirement = "";
    if (l.retirementDays !== undefined && l.acquisition !== undefined) {
      const d = new Date(`${l.acquisition}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + l.retirementDays);
      retirement = d.toISOString().slice(0, 10);
    }
    return {
      ...l,
      text: `${l.type};${l.quantity};${l.acquisition ?? ""};${retirement};${l.lifetime ?? ""};${l.origin};FR;${l.kwh ?? ""};${l.entity}`,
    };
  });

const badLine = fc.constantFrom(
  "ecran;-1;;;;;;;",
  "grille-pain;1;;;;;;;",
  "ecran;1;2022-02-30;;;;;;",
  "ecran;1;;;0;;;;",
  "ecran;x;;;;;;;",
  "ecran;1;2022-01-02;2021-01-01;;;;;",
  "ecran;1;;;;pirate;;;",
  "ecran;1;;;;;;-5;",
  "ecran;1;;;;;;;;de trop",
);

const HEADER = "type;quantite;date_acquisition;date_sortie;duree_vie_annees;origine;localisation;consommation_kwh_an;entite";

function keyOf(g: InventoryGroup): string {
  return [g.type, g.entity, g.origin, g.lifetimeYears?.toString() ?? "", g.location, g.measured].join("|");
}

describe("inventory properties", () => {
  it("never loses a good row, whatever bad rows surround it and however the text is chunked", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            goodLine.map((g) => ({ good: true, text: g.text, quantity: g.quantity })),
            badLine.map((t) => ({ good: false, text: t, quantity: 0 })),
          ),
          { maxLength: 40 },
        ),
        fc.integer({ min: 1, max: 50 }),
        async (rows, size) => {
          const csv = `${HEADER}\n${rows.map((r) => r.text).join("\n")}\n`;
          const chunks: string[] = [];
          for (let i = 0; i < csv.length; i += size) chunks.push(csv.slice(i, i + size));
          const r = await parseInventoryCsv(chunks);
          const goodLines = rows.map((row, i) => (row.good ? i + 2 : -1)).filter((l) => l > 0);
          expect(r.items.map((it) => it.line)).toEqual(goodLines);
          expect(r.stats.goodRows).toBe(goodLines.length);
          expect(r.stats.badRows).toBe(rows.length - goodLines.length);
          expect(r.stats.quantity).toBe(rows.reduce((s, row) => s + row.quantity, 0));
          // Every bad row has at least one error on its own line.
          const errorLines = new Set(r.problems.filter((p) => p.severity === "error").map((p) => p.line));
          rows.forEach((row, i) => expect(errorLines.has(i + 2)).toBe(!row.good));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("grouped totals equal the sum of the per-line groups (exact integer and decimal sums)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(goodLine, { minLength: 1, maxLength: 60 }), fc.integer({ min: 2014, max: 2026 }), async (lines, year) => {
        const csv = `${HEADER}\n${lines.map((l) => l.text).join("\n")}\n`;
        const parsed = await parseInventoryCsv(csv, { reportingYear: year, defaultLifetimes: LIFETIMES });
        expect(parsed.problems).toEqual([]);
        const grouped = parsed.groups?.groups ?? [];
        // The same groups again from the items, and one line at a time.
        expect(groupInventory(parsed.items, { reportingYear: year, defaultLifetimes: LIFETIMES }).groups).toEqual(grouped);
        const sums = new Map<string, { q: number; s: Decimal; a: Decimal; k: Decimal; n: number }>();
        for (const item of parsed.items) {
          const [g] = groupInventory([item], { reportingYear: year, defaultLifetimes: LIFETIMES }).groups;
          if (g === undefined) throw new Error("one line gives one group");
          const k = keyOf(g);
          const acc = sums.get(k) ?? { q: 0, s: new Decimal(0), a: new Decimal(0), k: new Decimal(0), n: 0 };
          sums.set(k, {
            q: acc.q + g.quantity,
            s: acc.s.plus(g.serviceDeviceDays),
            a: acc.a.plus(g.amortizedDeviceDays),
            k: acc.k.plus(g.annualKwh ?? 0),
            n: acc.n + 1,
          });
        }
        expect(grouped.length).toBe(sums.size);
        for (const g of grouped) {
          const s = sums.get(keyOf(g));
          expect(s).toBeDefined();
          expect(g.quantity).toBe(s?.q);
          expect(g.lines).toBe(s?.n);
          expect(g.serviceDeviceDays.equals(s?.s ?? -1)).toBe(true);
          expect(g.amortizedDeviceDays.equals(s?.a ?? -1)).toBe(true);
          expect((g.annualKwh ?? new Decimal(0)).equals(s?.k ?? -1)).toBe(true);
          // A device cannot be amortised on a day it is not in the estate, nor be there more days than the year has.
          expect(g.amortizedDeviceDays.lessThanOrEqualTo(g.serviceDeviceDays)).toBe(true);
          expect(g.serviceDeviceDays.lessThanOrEqualTo(g.quantity * (parsed.groups?.daysInYear ?? 0))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("a longer lifetime never lowers the amortised device-days of a year", () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 2012, max: 2030 }),
        (acq, l1, extra, year) => {
          const item = (l: number) => ({
            line: 2,
            type: "ecran",
            quantity: 3,
            acquisitionDate: acq,
            origin: "neuf" as const,
            lifetimeYears: new Decimal(l),
          });
          const a = groupInventory([item(l1)], { reportingYear: year }).groups[0];
          const b = groupInventory([item(l1 + extra)], { reportingYear: year }).groups[0];
          expect(b?.amortizedDeviceDays.greaterThanOrEqualTo(a?.amortizedDeviceDays ?? 0)).toBe(true);
        },
      ),
    );
  });

  it("a device without acquisition date counts for the whole year", () => {
    const g = groupInventory([{ line: 2, type: "ecran", quantity: 4, origin: "neuf" }], { reportingYear: 2023 }).groups[0];
    expect([g?.serviceDeviceDays.toString(), g?.amortizedDeviceDays.toString(), g?.quantityWithoutDate]).toEqual(["1460", "1460", 4]);
  });

  it("29 February plus whole years ends on 28 February", () => {
    const g = groupInventory(
      [{ line: 2, type: "ecran", quantity: 1, origin: "neuf", acquisitionDate: "2020-02-29", lifetimeYears: new Decimal(3) }],
      { reportingYear: 2023 },
    ).groups[0];
    // amortised 1 January – 27 February 2023 (28 February excluded) = 58 days
    expect(g?.amortizedDeviceDays.toString()).toBe("58");
  });
});

describe("groupInventory input checks", () => {
  it("refuses items that did not come from a parser and would give NaN or negative footprints", () => {
    const bad = [
      { line: 0, type: "ecran", quantity: -2, origin: "neuf" as const },
      { line: 0, type: "ecran", quantity: 1.5, origin: "neuf" as const },
      { line: 0, type: "ecran", quantity: 1, origin: "volé" as "neuf" },
      { line: 0, type: "ecran", quantity: 1, origin: "neuf" as const, acquisitionDate: "2022-02-30" },
      { line: 0, type: "ecran", quantity: 1, origin: "neuf" as const, acquisitionDate: "2022-02-01", retirementDate: "2021-01-01" },
      { line: 0, type: "ecran", quantity: 1, origin: "neuf" as const, lifetimeYears: new Decimal(0) },
      { line: 0, type: "ecran", quantity: 1, origin: "neuf" as const, annualKwh: new Decimal(-1) },
      { line: 0, type: "", quantity: 1, origin: "neuf" as const },
    ];
    let caught: unknown;
    try {
      groupInventory(bad, { reportingYear: 2024 });
    } catch (e) {
      caught = e;
    }
    const problems = (caught as { problems?: { code: string; path: (string | number)[] }[] }).problems ?? [];
    expect(problems.map((p) => p.path)).toEqual([
      [0, "quantity"],
      [1, "quantity"],
      [2, "origin"],
      [3, "acquisitionDate"],
      [4, "retirementDate"],
      [5, "lifetimeYears"],
      [6, "annualKwh"],
      [7, "type"],
    ]);
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(["NRS_INVENTORY_BAD_ITEM"]));
  });

  it("takes the quantities of a hand-made item as numbers, strings or Decimals, and groups them alike", () => {
    const item = { line: 0, type: "ecran", quantity: 4, origin: "neuf" as const, acquisitionDate: "2023-03-01" };
    const asDecimals = groupInventory([{ ...item, lifetimeYears: new Decimal(6), annualKwh: new Decimal("120.5") }], {
      reportingYear: 2025,
    });
    const asNumbers = groupInventory([{ ...item, lifetimeYears: 6, annualKwh: 120.5 }], { reportingYear: 2025 });
    const asStrings = groupInventory([{ ...item, lifetimeYears: "6", annualKwh: "120.5" }], { reportingYear: 2025 });
    expect(asNumbers).toEqual(asDecimals);
    expect(asStrings).toEqual(asDecimals);
    expect(asDecimals.groups[0]?.annualKwh?.toString()).toBe("120.5");
  });

  it("refuses a hand-made quantity that is not a number, with its path, instead of a TypeError", () => {
    const item = { line: 0, type: "ecran", quantity: 4, origin: "neuf" as const };
    let caught: unknown;
    try {
      groupInventory([item, { ...item, lifetimeYears: "six" }, { ...item, annualKwh: Number.NaN }], { reportingYear: 2025 });
    } catch (e) {
      caught = e;
    }
    const problems = (caught as { problems?: { code: string; path: (string | number)[] }[] }).problems ?? [];
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ["NRS_NOT_A_NUMBER", [1, "lifetimeYears"]],
      ["NRS_NOT_A_NUMBER", [2, "annualKwh"]],
    ]);
  });
});
