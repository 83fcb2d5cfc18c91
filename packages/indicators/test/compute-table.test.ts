import { describe, expect, it } from "vitest";
import { catalogue, computeIndicators, type IndicatorCode } from "@nrs/indicators";
import type { Ctx } from "../src/compute/context.js";
import { DATASET_COMPUTERS } from "../src/compute/dataset-computers.js";
import { parseIndicatorData } from "../src/compute/parse-indicator-data.js";
import { loadExampleYear } from "./load-example.js";

describe("the compute table (compute/<dataset>.ts)", () => {
  it("lists every computed indicator of the catalogue exactly once, and no collected one", () => {
    const listed = DATASET_COMPUTERS.flatMap((c) => c.codes);
    expect(new Set(listed).size).toBe(listed.length);
    const computed = catalogue.filter((d) => d.computation === "computed").map((d) => d.code);
    expect([...listed].sort()).toEqual([...computed].sort());
  });

  it("names each entry after its file, once", () => {
    const names = DATASET_COMPUTERS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("gives each code an entry lists one value or one reason, on no data and on the example's data", async () => {
    const example = await loadExampleYear(2025);
    for (const [data, year] of [
      [{}, 2024],
      [example.data, 2025],
    ] as const) {
      for (const c of DATASET_COMPUTERS) {
        const ctx: Ctx = {
          year,
          entity: "*",
          data: parseIndicatorData(data, true),
          options: { year },
          values: [],
          notComputed: [],
          problems: [],
        };
        c.compute(ctx);
        const out = [...ctx.values.map((v) => v.code), ...ctx.notComputed.map((n) => n.code)];
        expect([...out].sort(), c.name).toEqual([...c.codes].sort());
      }
    }
  });

  it("computeIndicators answers every code of the catalogue once", () => {
    const r = computeIndicators({}, { year: 2024 });
    const all = [...r.values.map((v) => v.code), ...r.notComputed.map((n) => n.code)];
    expect([...all].sort()).toEqual(catalogue.map((d) => d.code).sort());
  });

  it("types indicator codes as a union: a typo does not compile", () => {
    const ok: IndicatorCode = "part-achats-reemploi";
    // @ts-expect-error "part-achat-reemploi" is not a code of the catalogue (checked by `npm run typecheck`).
    const typo: IndicatorCode = "part-achat-reemploi";
    expect(catalogue.some((d) => d.code === ok)).toBe(true);
    expect(catalogue.some((d) => d.code === typo)).toBe(false);
  });
});
