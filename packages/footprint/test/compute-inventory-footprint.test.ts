import fc from "fast-check";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { computeInventoryFootprint } from "../src/inventory/compute-inventory-footprint.js";
import { defaultFactorPack } from "../src/packs/default-factor-pack.js";
import { computeDeviceFootprint } from "../src/devices/device-footprint.js";
import { findFactor } from "../src/packs/factor-query.js";
import { defineFactorPack } from "../src/packs/define-factor-pack.js";
import { computeHostingFootprint } from "../src/hosting/hosting-footprint.js";
import { CRITERIA, STAGES } from "../src/impact/criteria.js";
import { sumImpacts } from "../src/impact/impact-arithmetic.js";
import type { ImpactTable } from "../src/impact.js";
import { INVENTORY_TYPES } from "../src/inventory/inventory-vocabulary.js";
import { parseInventoryCsv } from "../src/inventory/parse-inventory-csv.js";

const HEADER = "type;quantite;date_acquisition;date_sortie;duree_vie_annees;origine;localisation;consommation_kwh_an;entite";
const TYPES = ["ordinateur_portable", "ecran", "smartphone", "tablette", "imprimante"] as const;
const date = fc
  .record({ y: fc.integer({ min: 2014, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const line = fc
  .record({
    type: fc.constantFrom(...TYPES),
    quantity: fc.integer({ min: 1, max: 900 }),
    acquisition: fc.option(date, { nil: undefined }),
    retirement: fc.option(date, { nil: undefined }),
    lifetime: fc.option(fc.constantFrom("3", "4,5", "5", "7"), { nil: undefined }),
    origin: fc.constantFrom("neuf", "reemploi", "reconditionne"),
    kwh: fc.option(
      fc.integer({ min: 0, max: 99999 }).map((n) => `${Math.floor(n / 10)},${n % 10}`),
      { nil: undefined },
    ),
    entity: fc.constantFrom("epci", "26901", ""),
  })
  .map((l) => ({
    ...l,
    retirement: l.acquisition !== undefined && l.retirement !== undefined && l.retirement < l.acquisition ? undefined : l.retirement,
  }));

/**
 * |a - b| ≤ 1e-30 × max(1, |a|): divisions (by a window length, by the days of the year) round at 120
 * digits, and computeDeviceFootprint rounds what it returns to 34 significant digits.
 */
function close(a: ImpactTable, b: ImpactTable): void {
  for (const c of CRITERIA) {
    for (const s of STAGES) {
      const x = a[c]?.[s];
      const y = b[c]?.[s];
      expect(x === undefined).toBe(y === undefined);
      if (x === undefined || y === undefined) continue;
      for (const k of ["value", "min", "max"] as const) {
        const tol = Decimal.max(1, x[k].abs()).times("1e-30");
        expect(x[k].minus(y[k]).abs().lessThanOrEqualTo(tol)).toBe(true);
      }
    }
  }
}

describe("computeInventoryFootprint", () => {
  it("equals the sum of the device calculator called line by line", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 25 }), fc.integer({ min: 2022, max: 2026 }), async (lines, year) => {
        const csv = `${HEADER}\n${lines.map((l) => `${l.type};${l.quantity};${l.acquisition ?? ""};${l.retirement ?? ""};${l.lifetime ?? ""};${l.origin};FR;${l.kwh ?? ""};${l.entity}`).join("\n")}\n`;
        const r = await computeInventoryFootprint(csv, { reportingYear: year });
        expect(r.problems).toEqual([]);
        const perLine = lines.map(
          (l) =>
            computeDeviceFootprint({
              type: l.type,
              quantity: l.quantity,
              year,
              origin: l.origin,
              location: "FR",
              ...(l.acquisition === undefined ? {} : { acquisitionDate: l.acquisition }),
              ...(l.retirement === undefined ? {} : { retirementDate: l.retirement }),
              ...(l.lifetime === undefined ? {} : { lifetimeYears: l.lifetime.replace(",", ".") }),
              ...(l.kwh === undefined ? {} : { use: { kwhPerYear: l.kwh.replace(",", "."), per: "group" as const } }),
            }).impacts,
        );
        close(r.impacts, sumImpacts(perLine));
      }),
      { numRuns: 60 },
    );
  });

  it("adds up: total = Σ groups = Σ types = Σ entities, and min ≤ value ≤ max", async () => {
    const r = await computeInventoryFootprint(
      `${HEADER}\nordinateur_portable;40;2021-09-15;;5;neuf;FR;;epci\necran;55;2019-06-30;2024-05-31;7;neuf;FR;;epci\nsmartphone;18;2023-02-15;;3;reconditionne;FR;;26901\nimprimante;4;2020-11-02;;;neuf;FR;312,5;26901\n`,
      { reportingYear: 2024 },
    );
    expect(r.ok).toBe(true);
    expect(sumImpacts(r.groups.map((g) => g.impacts))).toEqual(r.impacts);
    expect(sumImpacts(Object.values(r.byType))).toEqual(r.impacts);
    expect(sumImpacts(Object.values(r.byEntity))).toEqual(r.impacts);
    for (const c of CRITERIA)
      for (const s of STAGES) {
        const cell = r.impacts[c]?.[s];
        if (cell) expect(cell.min.lte(cell.value) && cell.value.lte(cell.max)).toBe(true);
        if (cell) expect(r.byStage[s]?.[c]).toEqual(cell);
      }
    expect(Object.keys(r.byEntity)).toEqual(["26901", "epci"]);
    // The measured 312.5 kWh of the printers is the whole use electricity of their group.
    const printer = r.groups.find((g) => g.group.type === "imprimante");
    expect(printer?.impacts.energy?.use?.value.toString()).toBe("312.5");
  });

  it("computes servers of the device inventory as hosting does (24 h a day, PUE), line for line", async () => {
    const r = await computeInventoryFootprint(
      "type;quantite;date_acquisition;consommation_kwh_an\nserveur;3;2021-05-01;\nserveur;2;2022-02-01;4000\nserveur;1;2023-07-15;\n",
      { reportingYear: 2024 },
    );
    expect(r.problems).toEqual([]);
    const perLine = [
      computeHostingFootprint({ year: 2024, servers: [{ quantity: 3, acquisitionDate: "2021-05-01" }] }).impacts,
      computeHostingFootprint({
        year: 2024,
        servers: [{ quantity: 2, acquisitionDate: "2022-02-01", use: { kwhPerYear: "4000", per: "group" } }],
      }).impacts,
      computeHostingFootprint({ year: 2024, servers: [{ quantity: 1, acquisitionDate: "2023-07-15" }] }).impacts,
    ];
    close(r.impacts, sumImpacts(perLine));
  });

  it("reports a type the factor pack does not know, says how to bring its factors, and computes the rest", async () => {
    // The default pack without its feature-phone rows stands for a pack that does not know a type.
    const pack = defineFactorPack({ ...defaultFactorPack, rows: defaultFactorPack.rows.filter((row) => row.item !== "telephone_basique") });
    const r = await computeInventoryFootprint("type;quantite\necran;2\ntelephone_basique;3\n", { reportingYear: 2024, pack });
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.code, p.line, p.path.join(".")])).toEqual([
      ["NRS_UNKNOWN_DEVICE_TYPE", 3, "groups.telephone_basique.type"],
    ]);
    const { fr, en } = r.problems[0]!.message;
    expect(fr).toContain("Le jeu de facteurs fr-ademe@1.2.0 n'a aucun facteur de fabrication pour le type « telephone_basique »");
    expect(fr).toContain("overrideFactors");
    expect(fr).toContain("1 ligne(s), 3 équipement(s) non calculés, première ligne 3");
    expect(en).toContain('Factor pack fr-ademe@1.2.0 has no manufacturing factor for device type "telephone_basique"');
    expect(en).toContain("docs/guides/own-factor-pack.md");
    expect(r.notComputed).toEqual({ lines: 1, quantity: 3 });
    expect(Object.keys(r.byType)).toEqual(["ecran"]);
  });

  it("has a manufacturing factor in the default pack for every type but the IP desk phone, with no public source", () => {
    const missing = INVENTORY_TYPES.filter(
      (t) => findFactor(defaultFactorPack, { item: t.code, criterion: "gwp", stage: "manufacturing" }) === undefined,
    );
    expect(missing.map((t) => t.code)).toEqual(["telephone_ip"]);
  });

  it("computes video projectors with ADEME's figures (manufacturing 39.2 kgCO2e over 8 years, 200 W for 0.5 h a day)", async () => {
    const r = await computeInventoryFootprint("type;quantite\nvideoprojecteur;3\n", { reportingYear: 2024 });
    expect(r.ok).toBe(true);
    // 3 projectors within their 8 years: 3 × 39.2 / 8 kgCO2e of manufacturing; 3 × 200 W × 0.5 h × 365 / 1000 = 109.5 kWh
    expect(r.byStage.manufacturing?.gwp?.value.toString()).toBe("14.7");
    expect(r.byCriterion.energy?.value.toString()).toBe("109.5");
    expect(r.trace.factors.map((f) => f.id)).toEqual(
      expect.arrayContaining(["dev-ademe-videoprojector-gwp-fab", "dev-ademe-videoprojector-power-active"]),
    );
  });

  it("gives the same result from parsed items as from the CSV", async () => {
    const csv = `${HEADER}\nordinateur_portable;40;2021-09-15;;5;neuf;FR;;epci\necran;3;;;;reemploi;FR;12,5;26902\n`;
    const parsed = await parseInventoryCsv(csv);
    const a = await computeInventoryFootprint(csv, { reportingYear: 2025 });
    const b = await computeInventoryFootprint({ items: parsed.items }, { reportingYear: 2025 });
    expect(b.impacts).toEqual(a.impacts);
    expect(b.stats).toEqual(a.stats);
  });

  it("computes the Val-de-Fictive example inventories without a problem", async () => {
    const { readFileSync } = await import("node:fs");
    for (const year of [2024, 2025]) {
      const csv = readFileSync(new URL(`../../../examples/val-de-fictive/donnees/${year}/inventaire.csv`, import.meta.url), "utf8");
      const r = await computeInventoryFootprint(csv, { reportingYear: year });
      expect(r.problems).toEqual([]);
      expect(r.byCriterion.gwp?.value.gt(0)).toBe(true);
      // epci and its 12 communes, plus (2025) the ville-centre's CCAS, which has a line of its own.
      expect(Object.keys(r.byEntity)).toHaveLength(year === 2025 ? 14 : 13);
    }
  });
});
