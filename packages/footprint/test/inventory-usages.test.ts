import { Decimal } from "decimal.js";
import fc from "fast-check";

const D = Decimal.clone({ precision: 100 });
import { describe, expect, it } from "vitest";
import { computeInventoryFootprint, INVENTORY_USAGES, resolveInventoryUsage, totalOfCriterion } from "../src/index.js";

describe("resolveInventoryUsage", () => {
  it("reads every code and alias, case, accents and spaces free", () => {
    for (const u of INVENTORY_USAGES) {
      for (const w of [u.code, ...u.aliases]) {
        expect(resolveInventoryUsage(w)).toBe(u.code);
        expect(resolveInventoryUsage(` ${w.toUpperCase().replace(/_/g, " ")} `)).toBe(u.code);
      }
    }
    expect(resolveInventoryUsage("École")).toBe("ecoles");
    expect(resolveInventoryUsage("Espace public")).toBe("espace_public");
  });

  it("keeps any other value as written, trimmed, and an empty cell empty", () => {
    expect(resolveInventoryUsage("  Piscine Jean-Bouin ")).toBe("Piscine Jean-Bouin");
    expect(resolveInventoryUsage("   ")).toBe("");
  });

  it("no alias names two usages", () => {
    const words = INVENTORY_USAGES.flatMap((u) => [u.code, ...u.aliases]);
    expect(new Set(words).size).toBe(words.length);
  });
});

describe("computeInventoryFootprint by usage (site)", () => {
  const site = fc.constantFrom("", "agents", "Écoles", "scolaire", "Espace public", "Piscine");
  const line = fc.record({
    type: fc.constantFrom("ecran", "ordinateur_portable", "ecran_interactif"),
    quantity: fc.integer({ min: 1, max: 99 }),
    site,
  });

  it("the usages add up to the total, and a site does not change a line's footprint", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 20 }), async (lines) => {
        const csv = ["type;quantite;date_acquisition;site", ...lines.map((l) => `${l.type};${l.quantity};2022-03-01;${l.site}`)].join("\n");
        const withSite = await computeInventoryFootprint(csv, { reportingYear: 2024 });
        const without = await computeInventoryFootprint(csv.replace(/;[^;\n]*$/gm, ";"), { reportingYear: 2024 });
        const g = (t: Parameters<typeof totalOfCriterion>[0] | undefined) =>
          totalOfCriterion(t ?? {}, "gwp")
            ?.value.toSignificantDigits(30)
            .toString();
        const sum = Object.values(withSite.bySite).reduce((s, t) => s.plus(new D(totalOfCriterion(t, "gwp")?.value ?? 0)), new D(0));
        expect(sum.toSignificantDigits(30).toString()).toBe(g(withSite.impacts));
        expect(g(withSite.impacts)).toBe(g(without.impacts));
        const codes = new Set(lines.map((l) => resolveInventoryUsage(l.site)));
        expect(Object.keys(withSite.bySite).sort()).toEqual([...codes].sort());
      }),
      { numRuns: 25 },
    );
  });
});
