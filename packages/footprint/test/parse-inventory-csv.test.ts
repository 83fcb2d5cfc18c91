import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { golden } from "../../../tools/test-support/src/golden.js";
import { toJson } from "@nrs/core";
import { describe, expect, it } from "vitest";
import { glpiColumnMapping, type GlpiMappingOptions } from "../src/inventory/column-mapping.js";
import { parseInventoryCsv } from "../src/inventory/parse-inventory-csv.js";
import type { ParseInventoryCsvOptions } from "../src/inventory/parse-inventory-options.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
// Frozen lifetimes for the golden files, independent of any factor pack.
const LIFETIMES = {
  ordinateur_portable: 5,
  ordinateur_fixe: 6,
  ecran: 6,
  smartphone: "2.5",
  tablette: 3,
  imprimante: 5,
  videoprojecteur: 8,
  switch: 5,
  routeur: 5,
  pare_feu: 5,
  borne_wifi: 5,
};

describe("parseInventoryCsv golden files (REGEN=1 to rewrite)", () => {
  const cases = readdirSync(FIXTURES).filter((d) => d.startsWith("inventory-") && existsSync(join(FIXTURES, d, "in", "inventaire.csv")));
  it("has cases", () => expect(cases.length).toBeGreaterThanOrEqual(5));
  for (const name of cases) {
    it(name, async () => {
      const dir = join(FIXTURES, name);
      const csv = readFileSync(join(dir, "in", "inventaire.csv"), "utf8");
      const optionsFile = join(dir, "in", "options.json");
      type Raw = { glpi?: GlpiMappingOptions; reportingYear?: number } & Pick<
        ParseInventoryCsvOptions,
        "profile" | "profileSettings" | "dayOrder"
      >;
      const raw = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, "utf8")) as Raw) : {};
      const options: ParseInventoryCsvOptions = {
        defaultLifetimes: LIFETIMES,
        ...(raw.reportingYear === undefined ? {} : { reportingYear: raw.reportingYear }),
        ...(raw.glpi === undefined ? {} : { mapping: glpiColumnMapping(raw.glpi) }),
        ...(raw.profile === undefined ? {} : { profile: raw.profile }),
        ...(raw.profileSettings === undefined ? {} : { profileSettings: raw.profileSettings }),
        ...(raw.dayOrder === undefined ? {} : { dayOrder: raw.dayOrder }),
      };
      const result = await parseInventoryCsv(csv, options);
      const text = `${toJson(result)}\n`;
      golden(dir, "result.json", text);
      // Streaming in small chunks gives the same result as the whole text.
      const chunks: string[] = [];
      for (let i = 0; i < csv.length; i += 7) chunks.push(csv.slice(i, i + 7));
      async function* stream() {
        yield* chunks;
      }
      expect(`${toJson(await parseInventoryCsv(stream(), options))}\n`).toBe(text);
    });
  }
});

describe("parseInventoryCsv", () => {
  it("reads French headers with accents and spaces, decimal commas and thousands spaces", async () => {
    const r = await parseInventoryCsv("Type;Quantité;Durée de vie (années);Consommation kWh an\nécran;1 200;6,5;1 234,5\n");
    expect(r.problems).toEqual([]);
    expect(r.items[0]?.type).toBe("ecran");
    expect(r.items[0]?.quantity).toBe(1200);
    expect(r.items[0]?.lifetimeYears?.toString()).toBe("6.5");
    expect(r.items[0]?.annualKwh?.toString()).toBe("1234.5");
  });

  it("warns about an unknown column and still reads the file", async () => {
    const r = await parseInventoryCsv("type;quantite;couleur\necran;1;noir\n");
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => [p.code, p.severity, p.line, p.column])).toEqual([["NRS_INVENTORY_UNKNOWN_COLUMN", "warning", 1, 15]]);
    expect(r.items).toHaveLength(1);
  });

  it("fills empty cells and missing columns from the mapping's constants", async () => {
    const r = await parseInventoryCsv("type;quantite\necran;\necran;4\n", {
      mapping: { constants: { quantite: "1", origine: "reemploi" } },
    });
    expect(r.problems).toEqual([]);
    expect(r.items.map((i) => [i.quantity, i.origin])).toEqual([
      [1, "reemploi"],
      [4, "reemploi"],
    ]);
  });

  it("warns when there is a header and no row", async () => {
    const r = await parseInventoryCsv("type;quantite\n");
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => p.code)).toEqual(["NRS_INVENTORY_NO_ROWS"]);
  });

  it("stops listing problems at maxProblems but counts every bad row", async () => {
    const csv = `type;quantite\n${"ecran;-1\n".repeat(30)}ecran;2\n`;
    const r = await parseInventoryCsv(csv, { maxProblems: 5 });
    expect(r.stats.badRows).toBe(30);
    expect(r.stats.problemsNotListed).toBe(25);
    expect(r.problems).toHaveLength(6);
    expect(r.problems[5]?.code).toBe("NRS_INVENTORY_TOO_MANY_PROBLEMS");
    expect(r.items).toHaveLength(1);
  });

  it("keeps no items but the groups with keepItems: false", async () => {
    const r = await parseInventoryCsv("type;quantite\necran;2\necran;3\n", { keepItems: false, reportingYear: 2024 });
    expect(r.items).toEqual([]);
    expect(r.groups?.groups.map((g) => [g.type, g.quantity, g.serviceDeviceDays.toString()])).toEqual([["ecran", 5, "1830"]]);
  });

  it("reports a line that needs a default lifetime nobody gave", async () => {
    const r = await parseInventoryCsv("type;quantite;date_acquisition\nserveur;1;2020-01-01\necran;1;2020-01-01\n", {
      reportingYear: 2024,
      defaultLifetimes: { ecran: 6 },
    });
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([["NRS_INVENTORY_NO_LIFETIME", 2]]);
    expect(r.stats).toMatchObject({ goodRows: 1, badRows: 1, quantity: 1 });
    expect(r.items.map((i) => i.type)).toEqual(["ecran"]);
  });

  it("reads the Val-de-Fictive example inventories without a problem", async () => {
    for (const year of [2024, 2025]) {
      const csv = readFileSync(
        join(import.meta.dirname, "../../../examples/val-de-fictive/donnees", String(year), "inventaire.csv"),
        "utf8",
      );
      const r = await parseInventoryCsv(csv, { reportingYear: year, defaultLifetimes: { ...LIFETIMES, telephone_basique: "2.5" } });
      expect(r.problems).toEqual([]);
      expect(r.stats.goodRows).toBeGreaterThan(400);
      expect(r.stats.quantity).toBeGreaterThan(5000);
      // epci and its 12 communes, plus (2025) the ville-centre's CCAS, which has a line of its own.
      expect(new Set(r.items.map((i) => i.entity)).size).toBe(year === 2025 ? 14 : 13);
    }
  });
});
