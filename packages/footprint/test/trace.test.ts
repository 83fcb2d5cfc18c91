import { describe, expect, it } from "vitest";
import { defaultFactorPack, emptyTrace, lookupFactor, mergeTraces, traceFactor, type Trace } from "../src/index.js";

describe("traces", () => {
  it("merges without duplicates, keeping first-appearance order", () => {
    const f = traceFactor(lookupFactor(defaultFactorPack, { item: "electricite_FR", criterion: "gwp", stage: "use", year: 2025 }));
    const g = traceFactor(lookupFactor(defaultFactorPack, { item: "ordinateur_portable", criterion: "lifetime" }));
    const a: Trace = { factors: [f], values: [{ name: "quantity", value: "3", origin: "input" }], notes: [] };
    const b: Trace = {
      factors: [g, f],
      values: [
        { name: "quantity", value: "3", origin: "input" },
        { name: "quantity", value: "4", origin: "input" },
      ],
      notes: [{ fr: "x", en: "x" }],
    };
    const m = mergeTraces(a, b, emptyTrace());
    expect(m.factors.map((x) => x.id)).toEqual([f.id, g.id]);
    expect(m.values.map((v) => v.value)).toEqual(["3", "4"]);
    expect(m.notes).toHaveLength(1);
  });

  it("cites pack, version, source and licence of a factor", () => {
    const t = traceFactor(lookupFactor(defaultFactorPack, { item: "ordinateur_portable", criterion: "gwp", stage: "manufacturing" }));
    expect(t).toMatchObject({ pack: "fr-ademe", packVersion: "1.2.0", value: "170", unit: "kgCO2e/unit", stage: "manufacturing" });
    expect(t.source).toContain("ADEME");
    expect(t.licence.length).toBeGreaterThan(0);
  });
});
