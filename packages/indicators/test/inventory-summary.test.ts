import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { NrsError, toJson } from "@nrs/core";
import {
  computeIndicators,
  InventorySummaryBuilder,
  MAX_LISTED_LINES,
  summarizeInventory,
  type InventoryLine,
  type InventorySummary,
} from "@nrs/indicators";

const ENTITIES = ["epci", "26901", "26902"];
const TYPES = ["ecran", "tablette", "ordinateur_portable"];
const day = fc.integer({ min: 0, max: 3 * 365 }).map((d) => new Date(Date.UTC(2023, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const line = fc.record(
  {
    type: fc.constantFrom(...TYPES),
    quantity: fc.integer({ min: 1, max: 1000 }),
    acquisitionDate: day,
    retirementDate: day,
    entity: fc.constantFrom(...ENTITIES),
  },
  { requiredKeys: ["type", "quantity"] },
);
const lines = fc.array(line, { maxLength: 60 }).map((ls) => ls.map((l, i): InventoryLine => ({ ...l, line: i + 2 })));

/** The reference: the lines of the entity in service on 31 December, filtered one by one (the former computation). */
function expected(ls: readonly InventoryLine[], year: number, entity: string | undefined) {
  const end = `${year}-12-31`;
  const live = ls.filter(
    (l) =>
      (entity === undefined || (l.entity ?? "epci") === entity) &&
      (l.acquisitionDate === undefined || l.acquisitionDate <= end) &&
      (l.retirementDate === undefined || l.retirementDate > end),
  );
  const byType: Record<string, string> = {};
  for (const t of [...new Set(live.map((l) => l.type))].sort()) {
    byType[t] = String(live.filter((l) => l.type === t).reduce((a, l) => a + l.quantity, 0));
  }
  return live.length === 0
    ? undefined
    : { total: String(live.reduce((a, l) => a + l.quantity, 0)), byType, count: live.length, lines: live.map((l) => l.line) };
}

function fromBuilder(ls: readonly InventoryLine[], year: number): InventorySummary {
  const b = new InventorySummaryBuilder(year);
  for (const l of ls) b.add(l);
  return b.result();
}

describe("InventorySummary: the inventory indicators from an aggregate, not from the lines", () => {
  it("property: a summary built line by line gives the same indicators as the list of lines, for every entity and for all", () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: 2023, max: 2025 }), fc.integer({ min: 1, max: 500 }), (ls, year, agents) => {
        const summary = fromBuilder(ls, year);
        for (const entity of [undefined, ...ENTITIES, "absente"]) {
          const options = entity === undefined ? { year } : { year, entity };
          const fromLines = computeIndicators({ agents, inventory: ls }, options);
          const fromSummary = computeIndicators({ agents, inventory: summary }, options);
          expect(toJson(fromSummary)).toBe(toJson(fromLines));
          const want = expected(ls, year, entity);
          const v = fromSummary.values.find((x) => x.code === "equipements-par-agent");
          if (want === undefined) {
            expect(v).toBeUndefined();
            expect(fromSummary.notComputed.find((n) => n.code === "equipements-par-agent")?.reason).toBe("DONNEES_ABSENTES");
            continue;
          }
          expect(v?.numerator?.toString()).toBe(want.total);
          expect(v?.denominator?.toString()).toBe(String(agents));
          expect(Object.fromEntries(Object.entries(v?.breakdown ?? {}).map(([t, c]) => [t, c.numerator?.toString()]))).toEqual(want.byType);
          expect(Object.keys(v?.breakdown ?? {})).toEqual(Object.keys(want.byType));
          expect(v?.provenance.records).toEqual([{ dataset: "inventaire", count: want.count, lines: want.lines }]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("counts the lines in service on 31 December, by entity, site and type", () => {
    const s = summarizeInventory(
      [
        { type: "ecran", quantity: 2, entity: "26901", site: "ecoles", line: 2 },
        { type: "ecran", quantity: 3, entity: "26901", line: 3 },
        { type: "tablette", quantity: 1, acquisitionDate: "2025-01-01", line: 4 },
        { type: "tablette", quantity: 4, retirementDate: "2024-12-31", line: 5 },
        { type: "tablette", quantity: 7, retirementDate: "2025-01-01", entity: "", line: 6 },
      ],
      2024,
    );
    expect(s.linesRead).toBe(5);
    expect(s.all.lines).toBe(3);
    expect(s.all.quantity.toString()).toBe("12");
    expect([...s.entities.keys()]).toEqual(["26901", "epci"]);
    const e = s.entities.get("26901");
    expect(e?.bySite.get("ecoles")?.quantity.toString()).toBe("2");
    expect(e?.bySite.get("")?.quantity.toString()).toBe("3");
    expect(e?.byType.get("ecran")?.toString()).toBe("5");
    expect(e?.lineNumbers).toEqual([2, 3]);
    expect(s.lineNumbers).toEqual([2, 3, 6]);
  });

  it("adds quantities exactly beyond 2^53", () => {
    const b = new InventorySummaryBuilder(2024);
    for (let i = 0; i < 2000; i++) b.add({ type: "ecran", quantity: 9_999_999_999_999, line: i + 2 });
    expect(b.result().all.quantity.toString()).toBe((9_999_999_999_999n * 2000n).toString());
  });

  it("keeps no line: past MAX_LISTED_LINES the line numbers go, the counts stay exact and a note says so", () => {
    const b = new InventorySummaryBuilder(2024);
    const n = MAX_LISTED_LINES + 5;
    for (let i = 0; i < n; i++) b.add({ type: TYPES[i % 3] as string, quantity: 1, entity: ENTITIES[i % 3], line: i + 2 });
    const s = b.result();
    expect(s.lineNumbers).toBeUndefined();
    expect([...s.entities.values()].every((e) => e.lineNumbers === undefined)).toBe(true);
    expect(s.all.lines).toBe(n);
    const r = computeIndicators({ agents: 10, inventory: s }, { year: 2024 });
    const v = r.values.find((x) => x.code === "equipements-par-agent");
    expect(v?.numerator?.toString()).toBe(String(n));
    expect(v?.provenance.records).toEqual([{ dataset: "inventaire", count: n }]);
    expect(v?.provenance.notes[0]?.en).toContain(String(MAX_LISTED_LINES));
  });

  it("refuses a summary of another year than the indicators'", () => {
    const s = summarizeInventory([{ type: "ecran", quantity: 1 }], 2024);
    expect(() => computeIndicators({ agents: 1, inventory: s }, { year: 2025 })).toThrow(NrsError);
    expect(() => new InventorySummaryBuilder(Number.NaN)).toThrow(NrsError);
  });
});
