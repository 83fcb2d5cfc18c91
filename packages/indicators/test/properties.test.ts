import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ex, out } from "@nrs/core";
import {
  allocate,
  catalogue,
  computeIndicators,
  decomposeChange,
  decomposeFootprintChange,
  rollUp,
  type EventRecord,
  type IndicatorResults,
  type PurchaseRecord,
} from "@nrs/indicators";

const cents = fc.integer({ min: 0, max: 10_000_000 }).map((n) => new Decimal(n).div(100));
const ENTITIES = ["26901", "26902", "26903", "26904"];

describe("rollUp", () => {
  const purchase = fc
    .record({
      entity: fc.constantFrom(...ENTITIES),
      amount: cents,
      share: fc.integer({ min: 0, max: 100 }),
    })
    .map(({ entity, amount, share }): PurchaseRecord => ({
      entity,
      date: "2024-06-01",
      category: "informatique-telephonie",
      amount,
      reuseAmount: amount.times(share).div(100).toDecimalPlaces(2, Decimal.ROUND_DOWN),
    }));
  const event = fc
    .record({
      entity: fc.constantFrom(...ENTITIES),
      participants: fc.integer({ min: 0, max: 500 }),
      audience: fc.constantFrom("AGENTS" as const, "HABITANTS" as const, "ELUS" as const),
    })
    .map((e): EventRecord => ({ ...e, date: "2024-03-01", type: "ATELIER", estimated: false }));
  const agents = fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: 4, maxLength: 4 });
  const tree = {
    id: "epci",
    children: [
      { id: "nord", children: [{ id: "26901" }, { id: "26902" }] },
      { id: "sud", children: [{ id: "26903" }, { id: "26904" }] },
    ],
  };

  function perEntity(purchases: PurchaseRecord[], events: EventRecord[], staff: number[]): IndicatorResults[] {
    return ENTITIES.map((entity, i) => computeIndicators({ purchases, events, agents: staff[i] ?? 1 }, { year: 2024, entity }));
  }

  it("conserves sums: the EPCI's additive indicators equal the sum over its communes", () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 30 }), agents, (events, staff) => {
        const all = rollUp(tree, perEntity([], events, staff));
        for (const code of ["personnes-sensibilisees", "agents-formes", "elus-sensibilises"]) {
          const leaves = ENTITIES.map((e) => all.get(e)?.values.find((v) => v.code === code)?.value ?? new Decimal(0));
          const total = leaves.reduce((s, v) => s.plus(v), new Decimal(0));
          const epci = all.get("epci")?.values.find((v) => v.code === code);
          expect(epci?.value.toString()).toBe(total.toString());
          const direct = computeIndicators({ events }, { year: 2024 }).values.find((v) => v.code === code);
          expect(epci?.value.toString()).toBe(direct?.value.toString());
        }
      }),
    );
  });

  it("recomputes ratios from pooled numerators and denominators (equals the computation on all records)", () => {
    fc.assert(
      fc.property(
        fc.array(purchase, { minLength: 1, maxLength: 30 }),
        fc.array(event, { minLength: 1, maxLength: 30 }),
        agents,
        (purchases, events, staff) => {
          const all = rollUp(tree, perEntity(purchases, events, staff));
          const epci = all.get("epci");
          const pooled = computeIndicators({ purchases, events, agents: staff.reduce((a, b) => a + b, 0) }, { year: 2024 });
          for (const code of ["part-achats-reemploi", "part-agents-formes"]) {
            const a = epci?.values.find((v) => v.code === code);
            const b = pooled.values.find((v) => v.code === code);
            expect(a?.value.toString()).toBe(b?.value.toString());
            expect(a?.numerator?.toString()).toBe(b?.numerator?.toString());
          }
        },
      ),
    );
  });
});

describe("allocate", () => {
  it("conserves the total exactly, by population and by custom shares", () => {
    const keys = fc.dictionary(fc.constantFrom(...ENTITIES, "epci"), fc.integer({ min: 1, max: 200_000 }), { minKeys: 1 });
    fc.assert(
      fc.property(cents, keys, (total, k) => {
        const parts = allocate(total, "population", k);
        expect(
          Object.values(parts)
            .reduce((s, v) => s.plus(v), new Decimal(0))
            .toString(),
        ).toBe(total.toString());
        for (const v of Object.values(parts)) expect(v.isNegative()).toBe(false);
      }),
    );
    fc.assert(
      fc.property(cents, fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 5 }), (total, ws) => {
        const sum = ws.reduce((a, b) => a + b, 0);
        // shares as exact decimals summing to 1: the last takes the remainder
        const shares = ws.map((w) => new Decimal(w).div(sum).toDecimalPlaces(6, Decimal.ROUND_DOWN));
        shares[shares.length - 1] = new Decimal(1).minus(shares.slice(0, -1).reduce((s, v) => s.plus(v), new Decimal(0)));
        const parts = allocate(total, "custom", Object.fromEntries(shares.map((s, i) => [`e${i}`, s])));
        expect(
          Object.values(parts)
            .reduce((s, v) => s.plus(v), new Decimal(0))
            .toString(),
        ).toBe(total.toString());
      }),
    );
  });

  it("refuses custom shares that do not sum to one, negative keys, all-zero keys", () => {
    expect(() => allocate(10, "custom", { a: "0.5", b: "0.4" })).toThrowError(/add up to 1/);
    expect(() => allocate(10, "agents", { a: -1, b: 3 })).toThrowError(/Negative/);
    expect(() => allocate(10, "population", { a: 0 })).toThrowError(/non-zero/);
    expect(() => allocate(-10, "population", { a: 1 })).toThrowError(/negative/);
  });
});

describe("decomposeChange", () => {
  it("activity and factor effects sum exactly to the change (both methods)", () => {
    fc.assert(
      fc.property(cents, cents, cents, cents, (p, r, c, u) => {
        const a = decomposeChange({ previous: p, previousRestated: r, current: c });
        expect(a.activityEffect.plus(a.factorEffect).toString()).toBe(c.minus(p).toString());
        const s = decomposeChange({ previous: p, previousRestated: r, current: c, currentUnderPreviousFactors: u });
        expect(s.activityEffect.plus(s.factorEffect).toString()).toBe(c.minus(p).toString());
      }),
    );
  });

  it("puts the whole change in activity when the pack did not change", () => {
    const d = decomposeChange({ previous: "1200.5", previousRestated: "1200.5", current: "1100" });
    expect(d.factorEffect.isZero()).toBe(true);
    expect(d.activityEffect.toString()).toBe("-100.5");
  });

  it("works criterion by criterion on impact tables and skips criteria whose stages differ", () => {
    const cell = (v: number) => ({ value: new Decimal(v), unit: "kgCO2e" });
    const r = decomposeFootprintChange({
      previous: { year: 2024, impacts: { gwp: { use: cell(10), manufacturing: cell(90) }, water: { use: cell(5) } } },
      previousRestated: { impacts: { gwp: { use: cell(8), manufacturing: cell(80) }, water: { use: cell(4), manufacturing: cell(1) } } },
      current: { year: 2025, impacts: { gwp: { use: cell(9), manufacturing: cell(70) }, water: { use: cell(3) } } },
    });
    expect(r.changes.map((c) => [c.criterion, c.factorEffect.toString(), c.activityEffect.toString()])).toEqual([["gwp", "-12", "-9"]]);
    expect(r.skipped).toEqual(["water"]);
  });
});

describe("rollUp with a shared service", () => {
  it("splits the service by population, conserving it exactly, and pools ratios", () => {
    const event = fc
      .record({ participants: fc.integer({ min: 0, max: 500 }), audience: fc.constantFrom("AGENTS" as const, "HABITANTS" as const) })
      .map((e): EventRecord => ({ ...e, date: "2024-03-01", type: "ATELIER", estimated: false }));
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 1, maxLength: 10 }),
        fc.array(event, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 100 }),
        fc.array(fc.integer({ min: 1, max: 90_000 }), { minLength: 2, maxLength: 2 }),
        (own, sharedEvents, sharedAgents, pops) => {
          const a = computeIndicators({ events: own.map((e) => ({ ...e, entity: "26901" })), agents: 50 }, { year: 2024, entity: "26901" });
          const b = computeIndicators({ events: own.map((e) => ({ ...e, entity: "26901" })), agents: 70 }, { year: 2024, entity: "26902" });
          const syndicate = computeIndicators({ events: sharedEvents, agents: sharedAgents }, { year: 2024 });
          const all = rollUp({ id: "epci", children: [{ id: "26901" }, { id: "26902" }] }, [a, b], {
            shared: [{ results: syndicate, basis: "population", keys: { "26901": pops[0] ?? 1, "26902": pops[1] ?? 1 } }],
          });
          const get = (r: IndicatorResults | undefined, code: string) => r?.values.find((v) => v.code === code);
          const sum = (code: string) => [a, b, syndicate].reduce((s, r) => s.plus(get(r, code)?.value ?? 0), new Decimal(0));
          expect(get(all.get("epci"), "personnes-sensibilisees")?.value.toString()).toBe(sum("personnes-sensibilisees").toString());
          const trained = sum("agents-formes");
          expect(get(all.get("epci"), "part-agents-formes")?.value.toString()).toBe(
            out(
              ex(trained)
                .times(100)
                .div(50 + 70 + sharedAgents),
              true,
            ).toString(),
          );
        },
      ),
    );
  });

  it("refuses results of several years or a duplicate entity", () => {
    const a = computeIndicators({}, { year: 2024, entity: "26901" });
    const b = computeIndicators({}, { year: 2025, entity: "26902" });
    expect(() => rollUp({ id: "epci", children: [{ id: "26901" }, { id: "26902" }] }, [a, b])).toThrowError(/several years/);
    expect(() => rollUp({ id: "epci" }, [a, a])).toThrowError(/Two results/);
  });
});

describe("computeIndicators on random valid data", () => {
  it("never gives a NaN, an infinity or a negative value, and accounts for every indicator", () => {
    const purchase = fc
      .record({
        amount: cents,
        share: fc.integer({ min: 0, max: 100 }),
        cat: fc.constantFrom("informatique-telephonie", "consommables-impression", "autre"),
      })
      .map(({ amount, share, cat }): PurchaseRecord => ({
        date: "2024-05-01",
        category: cat,
        amount,
        reuseAmount: amount.times(share).div(100).toDecimalPlaces(2, Decimal.ROUND_DOWN),
      }));
    const retirement = fc
      .record({
        q: fc.integer({ min: 1, max: 50 }),
        age: fc.integer({ min: 0, max: 15 }),
        reform: fc.constantFrom("2023-06-01", "2024-06-01"),
        exit: fc.option(fc.constantFrom("2023-12-01", "2024-09-01"), { nil: undefined }),
        dest: fc.constantFrom("CESSION", "VENTE", "DON", "RECYCLAGE", "DESTRUCTION") as fc.Arbitrary<
          "CESSION" | "VENTE" | "DON" | "RECYCLAGE" | "DESTRUCTION"
        >,
        commit: fc.boolean(),
        kg: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      })
      .map(({ q, age, reform, exit, dest, commit, kg }) => ({
        category: "ordinateur_portable",
        quantity: q,
        ageYears: new Decimal(age),
        reformDate: reform,
        ...(exit !== undefined && exit >= reform ? { exitDate: exit, destination: dest } : { destination: "STOCK" as const }),
        reuseCommitment: commit,
        ...(kg === undefined ? {} : { weightKg: new Decimal(kg) }),
      }));
    fc.assert(
      fc.property(
        fc.array(purchase, { maxLength: 10 }),
        fc.array(retirement, { maxLength: 10 }),
        fc.integer({ min: 0, max: 500 }),
        (purchases, retirements, agents) => {
          const r = computeIndicators({ purchases, retirements, agents }, { year: 2024 });
          for (const v of r.values) {
            expect(v.value.isFinite(), v.code).toBe(true);
            expect(v.value.isNegative(), v.code).toBe(false);
            for (const c of Object.values(v.breakdown ?? {})) expect(c.value.isFinite() && !c.value.isNegative()).toBe(true);
          }
          expect(r.values.length + r.notComputed.length).toBe(catalogue.length);
        },
      ),
    );
  });
});
