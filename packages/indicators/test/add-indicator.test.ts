// The worked example of docs/contributing.md, "Add an indicator": one row in the catalogue
// (src/catalogue.ts, its code joins the IndicatorCode union) plus its value in the compute entry of its
// dataset (src/compute/<dataset>.ts). Here the row and the entry are added to fresh copies of the modules,
// so the example runs without changing the shipped catalogue.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { IndicatorDefinition } from "../src/indicator-definition.js";
import type { Ctx } from "../src/compute/context.js";
import type { DatasetComputer } from "../src/compute/dataset-computer.js";

const ROW: IndicatorDefinition = {
  code: "part-ecrans-inventaire",
  label: { fr: "Part des écrans dans le parc", en: "Share of monitors in the inventory" },
  unit: "%",
  direction: "BAISSE",
  periodicity: "annuelle",
  axis: "CYCLE_DE_VIE_MATERIEL",
  sources: [{ id: "NRS", citation: "example" }],
  aggregation: "ratio",
  computation: "computed",
  multiplier: 100,
  nature: "STOCK",
  method: { fr: "Écrans / équipements de l'inventaire × 100", en: "Monitors / inventory devices × 100" },
};

/** A fresh copy of the package, with one more catalogue row and its compute entry. */
async function withIndicator(): Promise<typeof import("../src/index.js")> {
  vi.resetModules();
  vi.doMock("../src/catalogue.js", async (original) => {
    const real = await original<typeof import("../src/catalogue.js")>();
    const catalogue = [...real.catalogue, ROW];
    return { ...real, catalogue, indicatorDefinition: (c: string) => catalogue.find((d) => d.code === c) };
  });
  const { Exact } = await import("@nrs/core");
  const { put, noData, ratio, formula, used } = await import("../src/compute/context.js");
  // What `compute/inventory.ts` would gain: the code in `codes`, its value in `compute`.
  const screens: DatasetComputer = {
    name: "inventory-screens",
    reads: ["inventory"],
    codes: ["part-ecrans-inventaire" as never],
    compute(ctx: Ctx) {
      const rows = ctx.data.inventory;
      // A list of lines here (an InventorySummary keeps no line and would need its counts by type).
      if (rows === undefined || "kind" in rows)
        return noData(ctx, ["part-ecrans-inventaire" as never], "inventory", "Pas d'inventaire.", "No inventory.");
      const all = rows.reduce((s, r) => s.plus(r.quantity), new Exact(0));
      const ecrans = rows.filter((r) => r.type === "ecran").reduce((s, r) => s.plus(r.quantity), new Exact(0));
      const c = ratio(ecrans, all, 100);
      if (c !== undefined)
        put(ctx, "part-ecrans-inventaire" as never, {
          component: c,
          records: [
            used(
              "inventaire",
              rows.map((r) => r.line),
            ),
          ],
          formula: formula(ecrans, all, 100),
        });
    },
  };
  vi.doMock("../src/compute/dataset-computers.js", async (original) => {
    const real = await original<typeof import("../src/compute/dataset-computers.js")>();
    return { DATASET_COMPUTERS: [...real.DATASET_COMPUTERS, screens] };
  });
  return import("../src/index.js");
}

afterEach(() => {
  vi.doUnmock("../src/catalogue.js");
  vi.doUnmock("../src/compute/dataset-computers.js");
});

describe("adding an indicator is one catalogue row plus its value in its dataset's compute entry", () => {
  const inventory = [
    { type: "ecran", quantity: 30, line: 2 },
    { type: "ordinateur_portable", quantity: 90, line: 3 },
  ];

  it("before: the code is not in the catalogue, so it is neither computed nor listed", async () => {
    vi.resetModules();
    const ind = await import("../src/index.js");
    const r = ind.computeIndicators({ inventory }, { year: 2025 });
    expect(ind.isIndicatorCode(ROW.code)).toBe(false);
    expect([...r.values, ...r.notComputed].some((v) => v.code === ROW.code)).toBe(false);
  });

  it("after: computed with its provenance, fed by the inventory file, « not computed » without data", async () => {
    const ind = await withIndicator();
    const r = ind.computeIndicators({ inventory }, { year: 2025 });
    const v = r.values.find((x) => x.code === ROW.code);
    expect([v?.value.toString(), v?.unit, v?.provenance.formula.en, v?.provenance.records]).toEqual([
      "25",
      "%",
      "30 / 120 × 100",
      [{ dataset: "inventaire", count: 2, lines: [2, 3] }],
    ]);
    expect(ind.computeIndicators({}, { year: 2025 }).notComputed.find((n) => n.code === ROW.code)?.reason).toBe("DONNEES_ABSENTES");
    expect(ind.dataFile("inventaire.csv")?.feeds).toContain(ROW.code);
  });
});
