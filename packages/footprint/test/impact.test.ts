import { NrsError } from "@nrs/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addImpacts,
  CRITERIA,
  impactCell,
  impactCells,
  impactTable,
  pickStages,
  scaleImpacts,
  STAGES,
  subtractImpacts,
  sumImpacts,
  totalOfCriterion,
  type ImpactEntry,
  type ImpactTable,
} from "../src/index.js";

const decimalText = fc
  .tuple(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 8 }))
  .map(([n, s]) => (s === 0 ? String(n) : `${n}e-${s}`));

const entry: fc.Arbitrary<ImpactEntry> = fc
  .record({
    criterion: fc.constantFrom(...CRITERIA),
    stage: fc.constantFrom(...STAGES),
    a: decimalText,
    b: decimalText,
    c: decimalText,
  })
  .map(({ criterion, stage, a, b, c }) => {
    const [min, value, max] = [a, b, c].sort((x, y) => (Number(x) < Number(y) ? -1 : Number(x) > Number(y) ? 1 : 0));
    return { criterion, stage, value: value!, min: min!, max: max! };
  });

const table = fc.array(entry, { maxLength: 8 }).map((es) => impactTable(es));

function cellsOk(t: ImpactTable): boolean {
  return impactCells(t).every(({ cell }) => cell.min.lte(cell.value) && cell.value.lte(cell.max) && !cell.min.isNegative());
}

describe("impact tables", () => {
  it("keeps absent cells absent, never zero", () => {
    const t = impactTable([{ criterion: "gwp", stage: "manufacturing", value: "170" }]);
    expect(t.gwp?.use).toBeUndefined();
    expect(t.water).toBeUndefined();
    expect(totalOfCriterion(t, "water")).toBeUndefined();
    expect(totalOfCriterion(sumImpacts([]), "gwp")).toBeUndefined();
  });

  it("gives every cell its criterion's unit", () => {
    const t = impactTable([
      { criterion: "gwp", stage: "use", value: 1 },
      { criterion: "adpe", stage: "manufacturing", value: "0.0086" },
      { criterion: "energy", stage: "use", value: 29 },
    ]);
    expect(t.gwp?.use?.unit).toBe("kgCO2e");
    expect(t.adpe?.manufacturing?.unit).toBe("kgSbEq");
    expect(t.energy?.use?.unit).toBe("kWh");
  });

  it("property: the total of a sum is the sum of the totals, exactly", () => {
    fc.assert(
      fc.property(fc.array(table, { maxLength: 6 }), (tables) => {
        const sum = sumImpacts(tables);
        for (const c of CRITERIA) {
          const parts = tables.map((t) => totalOfCriterion(t, c)).filter((x) => x !== undefined);
          const total = totalOfCriterion(sum, c);
          if (parts.length === 0) {
            if (total !== undefined) return false;
            continue;
          }
          const v = parts.reduce((a, p) => a.plus(p.value), parts[0]!.value.minus(parts[0]!.value));
          if (!total || !total.value.eq(v)) return false;
          for (const s of STAGES) {
            const cells = tables.map((t) => t[c]?.[s]).filter((x) => x !== undefined);
            const got = sum[c]?.[s];
            if (cells.length === 0 ? got !== undefined : !got || !got.max.eq(cells.reduce((a, x) => a.plus(x.max), got.max.minus(got.max))))
              return false;
          }
        }
        return cellsOk(sum);
      }),
      { numRuns: 150 },
    );
  });

  it("property: addition is commutative and associative", () => {
    fc.assert(
      fc.property(table, table, table, (a, b, c) => {
        const x = impactCells(addImpacts(addImpacts(a, b), c));
        const y = impactCells(addImpacts(c, addImpacts(b, a)));
        return x.length === y.length && x.every((e, i) => e.cell.value.eq(y[i]!.cell.value) && e.cell.min.eq(y[i]!.cell.min));
      }),
      { numRuns: 100 },
    );
  });

  it("property: scaling by n equals adding n times, and keeps min ≤ value ≤ max", () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 0, max: 20 }), (t, n) => {
        const scaled = scaleImpacts(t, n);
        const added = sumImpacts(Array.from({ length: n }, () => t));
        const a = impactCells(scaled);
        const b = impactCells(added);
        if (n === 0) return a.every((e) => e.cell.value.isZero());
        return a.length === b.length && a.every((e, i) => e.cell.value.eq(b[i]!.cell.value)) && cellsOk(scaled);
      }),
      { numRuns: 100 },
    );
  });

  it("subtracts baseline − scenario with a range containing the value", () => {
    fc.assert(
      fc.property(table, table, (a, b) =>
        impactCells(subtractImpacts(a, b)).every(({ cell }) => cell.min.lte(cell.value) && cell.value.lte(cell.max)),
      ),
      { numRuns: 100 },
    );
    const d = subtractImpacts(
      impactTable([{ criterion: "gwp", stage: "use", value: 1 }]),
      impactTable([{ criterion: "gwp", stage: "use", value: 3 }]),
    );
    expect(d.gwp?.use?.value.toString()).toBe("-2");
  });

  it("picks stages", () => {
    const t = impactTable([
      { criterion: "gwp", stage: "manufacturing", value: 1 },
      { criterion: "gwp", stage: "use", value: 2 },
      { criterion: "energy", stage: "use", value: 2 },
    ]);
    const embodied = pickStages(t, ["manufacturing", "distribution", "endOfLife"]);
    expect(embodied.gwp?.use).toBeUndefined();
    expect(embodied.energy).toBeUndefined();
    expect(embodied.gwp?.manufacturing?.value.toString()).toBe("1");
  });

  it("refuses bad cells with coded errors", () => {
    expect(() => impactCell("kgCO2e", -1)).toThrow(/NRS_NEGATIVE/);
    expect(() => impactCell("kgCO2e", 5, 6, 7)).toThrow(/NRS_BAD_RANGE/);
    expect(() => impactCell("kgCO2e", 5, 1, 4)).toThrow(/NRS_BAD_RANGE/);
    expect(() => impactCell("kgCO2e", Number.NaN)).toThrow(/NRS_NOT_A_NUMBER/);
    expect(() => scaleImpacts({}, -2)).toThrow(NrsError);
    expect(() => impactTable([{ criterion: "gwp", stage: "use", value: "x" }])).toThrow(/NRS_NOT_A_NUMBER/);
  });
});
