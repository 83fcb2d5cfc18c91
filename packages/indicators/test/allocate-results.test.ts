import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allocateResults,
  catalogue,
  computeIndicators,
  rollUp,
  type AllocationBasis,
  type EventRecord,
  type HostingLine,
} from "@nrs/indicators";

const ADDITIVE = new Set(catalogue.filter((d) => d.aggregation === "sum").map((d) => d.code as string));
const event = fc
  .record({
    participants: fc.integer({ min: 0, max: 5000 }),
    audience: fc.constantFrom("AGENTS" as const, "HABITANTS" as const, "ELUS" as const),
    type: fc.constantFrom("ATELIER" as const, "FORMATION" as const),
  })
  .map((e): EventRecord => ({ ...e, date: "2025-03-01", estimated: false }));
const entities = fc.uniqueArray(fc.constantFrom("epci", "ccas", "26901", "26902", "syndicat"), { minLength: 1, maxLength: 5 });

describe("allocateResults", () => {
  it("property: for every key, each additive indicator's parts add up to the service's value exactly", () => {
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 1, maxLength: 12 }),
        entities,
        fc.constantFrom<AllocationBasis>("agents", "population", "devices", "custom"),
        fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 5, maxLength: 5 }),
        (events, names, basis, weights) => {
          const total = names.reduce((s, _, i) => s + weights[i]!, 0);
          const keys: Record<string, string> = {};
          let given = new Decimal(0);
          names.forEach((n, i) => {
            const w =
              basis !== "custom"
                ? new Decimal(weights[i]!)
                : i === names.length - 1
                  ? new Decimal(1).minus(given)
                  : new Decimal(weights[i]!).div(total).toDecimalPlaces(7, Decimal.ROUND_DOWN);
            given = given.plus(w);
            keys[n] = w.toFixed();
          });
          const results = computeIndicators({ events }, { year: 2025 });
          const shares = allocateResults({ results, basis, keys });
          expect(shares.map((s) => s.entity).sort()).toEqual([...names].sort());
          for (const v of results.values) {
            if (!ADDITIVE.has(v.code)) continue;
            const parts = shares.map((s) => s.values.find((x) => x.code === v.code)?.value ?? new Decimal(0));
            expect(parts.reduce((s, p) => s.plus(p), new Decimal(0)).toString(), v.code).toBe(v.value.toString());
            for (const p of parts) expect(p.isNegative()).toBe(false);
          }
        },
      ),
    );
  });
});

describe("rollUp: an entity's share of a service", () => {
  it("keeps the entity's own value of an indicator the service has no value for", () => {
    const hosting: HostingLine[] = [{ annualKwh: new Decimal(1000), pue: new Decimal("1.5"), entity: "ccas" }];
    const own = computeIndicators({ hosting }, { year: 2025, entity: "ccas" });
    const service = computeIndicators(
      { events: [{ date: "2025-03-01", type: "ATELIER", audience: "AGENTS", participants: 10, estimated: false }] },
      { year: 2025 },
    );
    const rolled = rollUp(
      { id: "all", children: [{ id: "ccas" }, { id: "epci" }] },
      [own, computeIndicators({}, { year: 2025, entity: "epci" })],
      {
        shared: [{ results: service, basis: "custom", keys: { ccas: "0.4", epci: "0.6" } }],
      },
    );
    const ccas = rolled.get("ccas");
    expect(ccas?.values.find((v) => v.code === "pue")?.value.toString()).toBe("1.5");
    expect(ccas?.values.find((v) => v.code === "agents-formes")?.value.toString()).toBe("4");
    expect(ccas?.values.find((v) => v.code === "agents-formes")?.provenance.notes.map((n) => n.en)).toContain("Share of * (key: custom).");
  });

  it("counts a commune's own INSEE code as the commune with the aliases option", () => {
    const ev = (entity: string | undefined, participants: number): EventRecord => ({
      ...(entity === undefined ? {} : { entity }),
      date: "2025-03-01",
      type: "ATELIER",
      audience: "HABITANTS",
      participants,
      estimated: false,
    });
    const events = [ev("epci", 10), ev("26901", 20), ev(undefined, 5), ev("ccas", 100)];
    const r = computeIndicators({ events }, { year: 2025, entity: "epci", aliases: ["26901"] });
    expect(r.values.find((v) => v.code === "personnes-sensibilisees")?.value.toString()).toBe("35");
  });
});
