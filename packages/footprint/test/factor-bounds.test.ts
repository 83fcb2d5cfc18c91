import { NrsError } from "@nrs/core";
import { describe, expect, it } from "vitest";
import { defineFactorPack, FACTOR_BOUNDS } from "../src/index.js";

const row = (criterion: string, value: unknown, extra: Record<string, unknown> = {}) => ({
  id: `r-${criterion}`,
  item: "ordinateur_portable",
  criterion,
  value,
  unit: "u",
  source: "test",
  year: 2025,
  geography: "FR",
  licence: "test",
  ...(criterion === "gwp" ? { stage: "manufacturing" } : {}),
  ...extra,
});

function codes(rows: unknown[]): string[] {
  try {
    defineFactorPack({ id: "t", version: "1", title: { fr: "t", en: "t" }, rows } as never);
    return [];
  } catch (e) {
    if (!(e instanceof NrsError)) throw e;
    return e.problems.map((p) => p.code);
  }
}

describe("factor bounds", () => {
  it("refuses a negative power, a lifetime of 0 or -3, 30 hours a day, a PUE under 1 and 1e400", () => {
    expect(codes([row("power", -50)])).toEqual(["NRS_OUT_OF_BOUNDS"]);
    expect(codes([row("lifetime", 0)])).toEqual(["NRS_OUT_OF_BOUNDS"]);
    expect(codes([row("lifetime", -3)])).toEqual(["NRS_OUT_OF_BOUNDS"]);
    expect(codes([row("hoursPerDay", 30)])).toEqual(["NRS_OUT_OF_BOUNDS"]);
    expect(codes([row("pue", "0.8")])).toEqual(["NRS_OUT_OF_BOUNDS"]);
    expect(codes([row("gwp", "1e400")])).toEqual(["NRS_OUT_OF_BOUNDS"]);
    expect(codes([row("power", 50, { max: "1e400" })])).toEqual(["NRS_OUT_OF_BOUNDS"]);
    // A negative impact keeps its own code.
    expect(codes([row("gwp", -1)])).toEqual(["NRS_NEGATIVE"]);
  });

  it("accepts values at the bounds", () => {
    expect(
      codes([
        row("hoursPerDay", FACTOR_BOUNDS.hoursPerDay!.max),
        row("power", 0, { id: "p0" }),
        row("lifetime", "0.5", { id: "l" }),
        row("pue", 1, { id: "pue" }),
      ]),
    ).toEqual([]);
  });
});
