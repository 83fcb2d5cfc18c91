import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { impactCells, impactTable, type ImpactTable } from "@nrs/footprint";
import {
  allocate,
  allocateSharedFootprints,
  computeIndicators,
  rollUp,
  type AllocationBasis,
  type IndicatorResults,
} from "@nrs/indicators";

const sum = (xs: Iterable<Decimal>) => [...xs].reduce((s, v) => s.plus(v), new Decimal(0));
const amount = fc.integer({ min: 0, max: 10 ** 9 }).chain((n) => fc.integer({ min: 0, max: 6 }).map((d) => new Decimal(n).div(10 ** d)));
const entities = fc.uniqueArray(fc.constantFrom("epci", "ccas", "26901", "26902", "syndicat", "spl"), { minLength: 1, maxLength: 6 });

/** Shares adding up to exactly 1: integer weights over their sum, written with enough decimals, the last one the remainder. */
function shares(names: readonly string[], weights: readonly number[]): Record<string, string> {
  const total = weights.reduce((a, b) => a + b, 0);
  const out: Record<string, string> = {};
  let given = new Decimal(0);
  names.forEach((n, i) => {
    const v =
      i === names.length - 1 ? new Decimal(1).minus(given) : new Decimal(weights[i]!).div(total).toDecimalPlaces(6, Decimal.ROUND_DOWN);
    given = given.plus(v);
    out[n] = v.toFixed();
  });
  return out;
}

describe("allocation of shared services", () => {
  it("property: for every key, the parts add up to the shared total exactly, and none is negative", () => {
    const basis = fc.constantFrom<AllocationBasis>("agents", "population", "devices", "custom");
    fc.assert(
      fc.property(
        amount,
        entities,
        basis,
        fc.array(fc.integer({ min: 1, max: 100000 }), { minLength: 6, maxLength: 6 }),
        (total, names, b, weights) => {
          const keys = b === "custom" ? shares(names, weights) : Object.fromEntries(names.map((n, i) => [n, weights[i]!]));
          const parts = allocate(total, b, keys);
          expect(Object.keys(parts).sort()).toEqual([...names].sort());
          expect(sum(Object.values(parts)).eq(total)).toBe(true);
          for (const p of Object.values(parts)) expect(p.isNegative()).toBe(false);
        },
      ),
    );
  });

  it("property: allocating shared footprints conserves every cell of the grand total exactly and removes the services", () => {
    const table = fc.tuple(amount, amount, amount).map(([a, b, c]): ImpactTable =>
      impactTable([
        { criterion: "gwp", stage: "manufacturing", value: a },
        { criterion: "gwp", stage: "use", value: b, min: b.div(2), max: b.times(2) },
        { criterion: "adpe", stage: "use", value: c },
      ]),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("epci", "ccas", "26901"), table),
        table,
        table,
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 3, maxLength: 3 }),
        (own, dsi, dc, w) => {
          const tables = { ...own, dsi, dc };
          const r = allocateSharedFootprints(tables, [
            { code: "dsi", basis: "agents", keys: { epci: w[0]!, ccas: w[1]! } },
            { code: "dc", basis: "custom", keys: shares(["epci", "26901", "ccas"], w) },
          ]);
          const cells = (ts: Iterable<ImpactTable>) => {
            const m = new Map<string, Decimal[]>();
            for (const t of ts)
              for (const { criterion, stage, cell } of impactCells(t)) {
                const k = `${criterion}/${stage}`;
                const [v, lo, hi] = m.get(k) ?? [new Decimal(0), new Decimal(0), new Decimal(0)];
                m.set(k, [v!.plus(cell.value), lo!.plus(cell.min), hi!.plus(cell.max)]);
              }
            return [...m].map(([k, xs]) => `${k}:${xs.map(String).join("/")}`).sort();
          };
          expect(cells(Object.values(r.byEntity))).toEqual(cells(Object.values(tables)));
          expect(Object.keys(r.byEntity)).not.toContain("dsi");
          for (const s of r.splits) expect(cells(Object.values(s.parts))).toEqual(cells([s.total]));
        },
      ),
    );
  });

  it("property: a commune's and its EPCI's figures roll up without double counting, shared service included", () => {
    // Devices per entity; the shared DSI's devices are split between the EPCI and the commune by custom shares.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 99 }),
        (epci, commune, dsi, pct) => {
          const year = 2025;
          const own = (entity: string, quantity: number): IndicatorResults =>
            computeIndicators(
              {
                retirements:
                  quantity === 0 ? [] : [{ entity, category: "ecran", quantity, reformDate: "2024-06-01", destination: "STOCK" }],
              },
              { year, entity },
            );
          const keys = { epci: new Decimal(pct).div(100).toFixed(), "26901": new Decimal(100 - pct).div(100).toFixed() };
          const tree = { id: "territoire", children: [{ id: "epci" }, { id: "26901" }] };
          const rolled = rollUp(tree, [own("epci", epci), own("26901", commune)], {
            shared: [{ results: own("dsi", dsi), basis: "custom", keys }],
          });
          const stock = rolled.get("territoire")?.values.find((v) => v.code === "biens-reformes-stock");
          if (epci + commune + dsi === 0) return;
          // Each item counted once: the EPCI's, the commune's and the DSI's, whatever the split.
          expect(stock?.value.toString()).toBe(String(epci + commune + dsi));
        },
      ),
    );
  });
});
