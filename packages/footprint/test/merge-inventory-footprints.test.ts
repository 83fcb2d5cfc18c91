import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeInventoryFootprint,
  mergeInventoryFootprints,
  totalOfCriterion,
  type ImpactTable,
  type InventoryFootprintResult,
} from "../src/index.js";

const TYPES = ["ordinateur_portable", "ecran", "switch", "smartphone"] as const;
const line = fc.record({
  type: fc.constantFrom(...TYPES),
  quantity: fc.integer({ min: 1, max: 500 }),
  year: fc.integer({ min: 2015, max: 2024 }),
  entity: fc.constantFrom("epci", "26901", ""),
});
const csv = (lines: readonly { type: string; quantity: number; year: number; entity: string }[]): string =>
  ["type;quantite;date_acquisition;entite", ...lines.map((l) => `${l.type};${l.quantity};${l.year}-06-01;${l.entity}`)].join("\n");

// Lines split between files make separate groups, each rounded at the 34 significant digits of the
// impact cells: the sums agree to 30 digits, not to the last one.
const digits = (t: ImpactTable | undefined) =>
  totalOfCriterion(t ?? {}, "gwp")
    ?.value.toSignificantDigits(30)
    .toString() ?? "0";
const gwp = (r: InventoryFootprintResult) => digits(r.impacts);

describe("mergeInventoryFootprints", () => {
  it("gives the footprint of the files read as one, split anywhere", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 30 }), fc.nat(), async (lines, cut) => {
        const k = cut % (lines.length + 1);
        const whole = await computeInventoryFootprint(csv(lines), { reportingYear: 2024 });
        const parts = await Promise.all(
          [lines.slice(0, k), lines.slice(k)].map((l) => computeInventoryFootprint(csv(l), { reportingYear: 2024 })),
        );
        const merged = mergeInventoryFootprints(parts);
        expect(gwp(merged)).toBe(gwp(whole));
        expect(merged.stats.quantity).toBe(whole.stats.quantity);
        expect(merged.stats.records).toBe(whole.stats.records);
        expect(Object.keys(merged.byType).sort()).toEqual(Object.keys(whole.byType).sort());
        for (const [entity, table] of Object.entries(whole.byEntity)) {
          expect(digits(merged.byEntity[entity])).toBe(digits(table));
        }
      }),
      { numRuns: 25 },
    );
  });

  it("adds the counters, the rows left out and the problems of each file", async () => {
    const a = await computeInventoryFootprint("type;quantite;statut\necran;2;Rebut\necran;3;En service\n", { reportingYear: 2024 });
    const b = await computeInventoryFootprint("type;quantite;statut\necran;x;En service\necran;1;HS\nswitch;4;En stock\n", {
      reportingYear: 2024,
    });
    const m = mergeInventoryFootprints([a, b]);
    expect(m.stats).toEqual({
      records: 5,
      goodRows: 2,
      badRows: 1,
      quantity: 7,
      problemsNotListed: 0,
      leftOut: { retired: { rows: 2, quantity: 3 } },
    });
    expect(m.ok).toBe(false);
    expect(m.problems).toEqual([...a.problems, ...b.problems]);
  });

  it("refuses nothing to merge and results of different years", async () => {
    expect(() => mergeInventoryFootprints([])).toThrow(RangeError);
    const a = await computeInventoryFootprint("type;quantite\necran;1\n", { reportingYear: 2024 });
    const b = await computeInventoryFootprint("type;quantite\necran;1\n", { reportingYear: 2023 });
    expect(() => mergeInventoryFootprints([a, b])).toThrow(/2024, 2023/);
  });
});

describe("computeInventoryFootprint with a profile", () => {
  it("reads the file with the profile's settings (entity names translated)", async () => {
    const glpi = `"Nom";"Entité";"Type";"Date d'achat"\n"SW-1";"Entité racine > Agglo";"Switch";"12-03-2021"\n`;
    const r = await computeInventoryFootprint(glpi, {
      reportingYear: 2024,
      profile: "glpi",
      profileSettings: { entites: { "Entité racine > Agglo": "epci" } },
    });
    expect(Object.keys(r.byEntity)).toEqual(["epci"]);
    expect(r.problems.map((p) => p.code)).not.toContain("NRS_INVENTORY_PROFILE_DETECTED");
  });
});
