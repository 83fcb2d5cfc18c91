import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { golden } from "../../../tools/test-support/src/golden.js";
import { toJson } from "@nrs/core";
import { parseStrategy } from "@nrs/model";
import { catalogue, computeIndicators, followUp, indicatorDefinition, rollUp, type IndicatorResults } from "@nrs/indicators";
import { EXAMPLE, loadExampleYear } from "./load-example.js";

// The case's input is the example folder itself; its outputs are fixtures/val-de-fictive/out/.
const CASE = join(import.meta.dirname, "fixtures/val-de-fictive");
const ENTITIES = [
  "epci",
  "26901",
  "26902",
  "26903",
  "26904",
  "26905",
  "26906",
  "26907",
  "26908",
  "26909",
  "26910",
  "26911",
  "26912",
  "ccas-fictive-sur-val",
  "dsi-mutualisee",
];

function goldenJson(name: string, value: unknown): void {
  golden(CASE, name, `${toJson(value, 2)}\n`);
}

describe("examples/val-de-fictive", () => {
  it("every indicator code of the example strategy is in the catalogue, with the same unit and direction", () => {
    const s = parseStrategy(JSON.parse(readFileSync(join(EXAMPLE, "strategie.json"), "utf8")));
    if (!s.ok) throw new Error("strategy does not parse");
    for (const i of s.value.indicateurs) {
      const d = indicatorDefinition(i.code);
      expect(d, i.code).toBeDefined();
      expect([i.code, d?.unit, d?.direction]).toEqual([i.code, i.unite, i.sens]);
    }
  });

  it("reads the 2024 and 2025 datasets without a problem and computes the golden values", async () => {
    for (const year of [2024, 2025]) {
      const { data, problems } = await loadExampleYear(year);
      expect(problems.filter((p) => p.severity === "error")).toEqual([]);
      const r = computeIndicators(data, { year });
      expect(r.problems).toEqual([]);
      goldenJson(`indicators-${year}.json`, r);
    }
  });

  it("rolls the communes up to the EPCI and follows the strategy's targets", async () => {
    const s = parseStrategy(JSON.parse(readFileSync(join(EXAMPLE, "strategie.json"), "utf8")));
    if (!s.ok) throw new Error("strategy does not parse");
    const years: IndicatorResults[] = [];
    for (const year of [2024, 2025]) {
      const { data } = await loadExampleYear(year);
      // Per-entity parts without agents, population, the footprint and the territory (those are the EPCI's totals, not per commune).
      const { agents: _a, population: _p, footprint: _f, territory: _t, ...shared } = data;
      const parts = ENTITIES.map((entity) => computeIndicators(shared, { year, entity }));
      const tree = { id: "territoire", children: [{ id: "epci" }, ...ENTITIES.slice(1).map((id) => ({ id }))] };
      const all = rollUp(tree, parts).get("territoire") as IndicatorResults;
      const direct = computeIndicators(shared, { year });
      for (const d of catalogue.filter((c) => c.aggregation !== "none")) {
        const a = all.values.find((v) => v.code === d.code),
          b = direct.values.find((v) => v.code === d.code);
        if (d.code === "score-rgesn-moyen" || d.code === "ecoindex-moyen") continue; // means over services/pages: same pooled value, checked below
        expect(a?.value.toString(), d.code).toBe(b?.value.toString());
      }
      expect(all.values.find((v) => v.code === "score-rgesn-moyen")?.value.toFixed(10)).toBe(
        direct.values.find((v) => v.code === "score-rgesn-moyen")?.value.toFixed(10),
      );
      years.push(computeIndicators(data, { year }));
    }
    const follow = s.value.indicateurs.map((i) => followUp(i.code, years, s.value));
    goldenJson(
      "follow-up.json",
      follow.map((f) => ({ code: f.code, series: f.series, trajectory: f.trajectory, statuses: f.statuses })),
    );
  });
});

describe("examples/val-de-fictive, a change of factor pack between 2024 and 2025", () => {
  it("restates 2024 under the 2025 pack and splits the change exactly", async () => {
    const { computeInventoryFootprint, defaultFactorPack, overrideFactors } = await import("@nrs/footprint");
    const { decomposeFootprintChange } = await import("@nrs/indicators");
    // A test pack: the laptop manufacturing factor raised from 170 to 200 kgCO2e (not a real figure).
    const newPack = overrideFactors(
      defaultFactorPack,
      [
        {
          id: "test-laptop-fab",
          item: "ordinateur_portable",
          criterion: "gwp",
          stage: "manufacturing",
          value: "200",
          unit: "kgCO2e/unit",
          source: "test fixture",
          year: 2022,
          geography: "FR",
          licence: "test",
        },
      ],
      { id: "test", version: "1" },
    );
    const inv = (y: number) => readFileSync(join(EXAMPLE, "donnees", String(y), "inventaire.csv"), "utf8");
    const previous = await computeInventoryFootprint(inv(2024), { reportingYear: 2024 });
    const restated = await computeInventoryFootprint(inv(2024), { reportingYear: 2024, pack: newPack });
    const current = await computeInventoryFootprint(inv(2025), { reportingYear: 2025, pack: newPack });
    const r = decomposeFootprintChange({
      previous: { year: 2024, impacts: previous.impacts },
      previousRestated: { impacts: restated.impacts },
      current: { year: 2025, impacts: current.impacts },
    });
    const gwp = r.changes.find((c) => c.criterion === "gwp");
    expect(gwp).toBeDefined();
    // Exact sum (the values carry ~40 digits: Decimal's default 20-digit precision would round).
    const { sumExact } = await import("@nrs/core");
    expect(gwp !== undefined && sumExact([gwp.activityEffect, gwp.factorEffect]).eq(gwp.change)).toBe(true);
    expect(gwp?.factorEffect.gt(0)).toBe(true); // only a factor went up
    // The factor effect is exactly the laptops' extra manufacturing charge of 2024.
    const laptops = (t: typeof previous) => t.byType["ordinateur_portable"]?.gwp?.manufacturing?.value;
    const { ex } = await import("@nrs/core");
    expect(gwp?.factorEffect.toString()).toBe(
      ex(laptops(restated) ?? 0)
        .minus(laptops(previous) ?? 0)
        .toString(),
    );
  });
});
