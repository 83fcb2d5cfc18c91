import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate, generatedPack, PACK_ID, PACK_VERSION, validatedPack } from "../scripts/generate-pack.js";
import { defaultCalculatorPack, defaultFactorPack } from "../src/packs/default-factor-pack.js";
import { listFactors, lookupFactor } from "../src/packs/factor-query.js";

describe("scripts/generate-pack.ts", () => {
  it("the committed pack modules are what the generator writes from its inputs", () => {
    const committed = (suffix: string) =>
      readFileSync(join(import.meta.dirname, "..", "src", "packs", `${PACK_ID}-${PACK_VERSION}${suffix}.ts`), "utf8");
    const modules = generate();
    expect(modules.full).toBe(committed(""));
    expect(modules.figures).toBe(committed("-figures"));
  });

  it("the calculators' default is the default pack less the notes and labels of its rows, nothing else", () => {
    expect(defaultCalculatorPack).toStrictEqual(generatedPack(false));
    const { rows, ...meta } = defaultFactorPack;
    const { rows: figures, ...figuresMeta } = defaultCalculatorPack;
    expect(figuresMeta).toStrictEqual(meta);
    expect(figures.map((r) => ({ ...r, notes: undefined, label: undefined }))).toStrictEqual(
      rows.map((r) => ({ ...r, notes: undefined, label: undefined })),
    );
    expect(figures.some((r) => r.notes !== undefined || r.label !== undefined)).toBe(false);
    expect(rows.every((r) => r.notes !== undefined)).toBe(true);
  });

  it("the shipped pack, built without validation code, equals the pack defineFactorPack validates from the same rows", () => {
    const validated = validatedPack();
    expect(generatedPack()).toStrictEqual(validated);
    expect(defaultFactorPack).toStrictEqual(validated);
    // Same fields in the same order, so that anything serialising rows (traces, JSON exports) is unchanged.
    defaultFactorPack.rows.forEach((row, i) => expect(Object.keys(row)).toEqual(Object.keys(validated.rows[i]!)));
    expect(Object.isFrozen(defaultFactorPack.rows[0])).toBe(true);
  });

  it("carries ADEME's figures converted exactly, with their source", () => {
    const fab = lookupFactor(defaultFactorPack, { item: "smartphone", criterion: "gwp", stage: "manufacturing" });
    expect(fab.value.toString()).toBe("77");
    expect(fab.unit).toBe("kgCO2e/unit");
    expect(fab.sourceUrl).toContain("publicodes-acv-numerique@2.1.0");
    const net = lookupFactor(defaultFactorPack, { item: "reseau_mobile_FR", criterion: "gwp", stage: "use" });
    expect(net.value.toString()).toBe("0.0246836791969497");
    expect(net.licence).toContain("NegaOctet");
    expect(listFactors(defaultFactorPack, { item: "electricite_FR" }).map((r) => r.year)).toEqual([2022, 2023, 2024, 2025]);
    expect(lookupFactor(defaultFactorPack, { item: "datacenter_FR", criterion: "pue", year: 2023 }).value.toString()).toBe("1.46");
  });
});
