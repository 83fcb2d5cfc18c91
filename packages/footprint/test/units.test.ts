import { NrsError } from "@nrs/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addQuantities, convertQuantity, quantity, scaleQuantity, sumQuantities, type Quantity } from "../src/index.js";

describe("units", () => {
  it("adds exactly in the same unit", () => {
    expect(addQuantities(quantity("0.1", "kgCO2e"), quantity("0.2", "kgCO2e")).value.toString()).toBe("0.3");
  });

  it("refuses at compile time to add grams to kilograms", () => {
    const g: Quantity<"gCO2e"> = quantity(1, "gCO2e");
    const kg: Quantity<"kgCO2e"> = quantity(1, "kgCO2e");
    // @ts-expect-error grams and kilograms are different types
    addQuantities(kg, g);
    // @ts-expect-error energy cannot be converted to mass
    expect(() => convertQuantity(kg, "kWh")).toThrow(NrsError);
  });

  it("converts exactly between units of a dimension", () => {
    expect(convertQuantity(quantity(1500, "gCO2e"), "kgCO2e").value.toString()).toBe("1.5");
    expect(convertQuantity(quantity("2.5", "tCO2e"), "gCO2e").value.toString()).toBe("2500000");
    expect(convertQuantity(quantity(2, "kWh"), "MJ").value.toString()).toBe("7.2");
    expect(convertQuantity(quantity("7.2", "MJ"), "kWh").value.toString()).toBe("2");
    expect(convertQuantity(quantity(1, "GJ"), "kWh").value.toFixed()).toBe(convertQuantity(quantity(1000, "MJ"), "kWh").value.toFixed());
    expect(convertQuantity(quantity(1, "GB"), "B").value.toString()).toBe("1000000000");
    expect(convertQuantity(quantity(1, "m3"), "L").value.toString()).toBe("1000");
  });

  it("round-trips conversions that need no division exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 6 }), (n, scale) => {
        const q = quantity(`${n}e-${scale}`, "kWh");
        const back = convertQuantity(convertQuantity(q, "Wh"), "kWh");
        const viaMJ = convertQuantity(convertQuantity(q, "MJ"), "kWh");
        return back.value.eq(q.value) && viaMJ.value.eq(q.value);
      }),
      { numRuns: 200 },
    );
  });

  it("sums and scales exactly", () => {
    const parts = Array.from({ length: 10 }, () => quantity("0.1", "GB"));
    expect(sumQuantities(parts, "GB").value.toString()).toBe("1");
    expect(sumQuantities([], "GB").value.toString()).toBe("0");
    expect(scaleQuantity(quantity("1.1", "kWh"), 3).value.toString()).toBe("3.3");
  });

  it("refuses NaN, Infinity, text and unknown units with a coded error", () => {
    expect(() => quantity(Number.NaN, "kWh")).toThrow(/NRS_NOT_A_NUMBER/);
    expect(() => quantity(Number.POSITIVE_INFINITY, "kWh")).toThrow(/NRS_NOT_A_NUMBER/);
    expect(() => quantity("douze", "kWh")).toThrow(/NRS_NOT_A_NUMBER/);
    // @ts-expect-error not a unit
    expect(() => quantity(1, "kg")).toThrow(/NRS_UNKNOWN_UNIT/);
    try {
      // @ts-expect-error not a unit
      quantity(1, "kg");
    } catch (e) {
      expect(e).toBeInstanceOf(NrsError);
      expect((e as NrsError).problems[0]?.message.fr).toContain("Unité inconnue");
    }
  });
});
