import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkBilan,
  checkProgramme,
  checkStrategy,
  obligations,
  parseBilan,
  parseCollectivite,
  parseProgramme,
  parseStrategy,
  serialize,
} from "../src/index.js";
import { bilanArb, collectiviteArb, programmeArb, strategieArb } from "./helpers/arbitraries.js";

// Deep equality where Decimals compare by value (Decimal("1.50") equals Decimal("1.5")).
function same(a: unknown, b: unknown): boolean {
  if (Decimal.isDecimal(a) || Decimal.isDecimal(b)) {
    return Decimal.isDecimal(a) && Decimal.isDecimal(b) && (a as Decimal).eq(b as Decimal);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).filter((k) => (a as any)[k] !== undefined).sort();
    const kb = Object.keys(b).filter((k) => (b as any)[k] !== undefined).sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as any)[k], (b as any)[k]));
  }
  return Object.is(a, b);
}

const PARSERS = [
  ["collectivité", collectiviteArb, parseCollectivite],
  ["programme", programmeArb, parseProgramme],
  ["stratégie", strategieArb, parseStrategy],
  ["bilan", bilanArb, parseBilan],
] as const;

describe("round trip: parse(serialize(x)) equals x", () => {
  for (const [name, arb, parse] of PARSERS) {
    it(name, () => {
      fc.assert(
        fc.property(arb, (input) => {
          const first = parse(input as never);
          if (!first.ok) throw new Error(`generator made an invalid ${name}: ${JSON.stringify(first.errors)}`);
          const json = serialize(first.value as never);
          // What is written must be plain JSON: no Decimal, no undefined, no NaN.
          expect(JSON.parse(JSON.stringify(json))).toEqual(json);
          const second = parse(json as never);
          expect(second.ok).toBe(true);
          if (second.ok) {
            expect(same(second.value, first.value)).toBe(true);
            expect(serialize(second.value as never)).toEqual(json);
          }
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe("checks never throw on a document that parses", () => {
  it("checkStrategy, checkProgramme and checkBilan, with and without options", () => {
    fc.assert(
      fc.property(collectiviteArb, programmeArb, strategieArb, bilanArb, fc.array(fc.string(), { maxLength: 3 }), (c, p, s, b, computed) => {
        const col = parseCollectivite(c);
        const prog = parseProgramme(p);
        const strat = parseStrategy(s);
        const bil = parseBilan(b);
        if (!col.ok || !prog.ok || !strat.ok || !bil.ok) throw new Error("generator made an invalid document");
        const all = [
          ...checkProgramme(prog.value),
          ...checkProgramme(prog.value, { collectivite: col.value }),
          ...checkStrategy(strat.value),
          ...checkStrategy(strat.value, { collectivite: col.value, programme: prog.value }),
          ...checkBilan(bil.value),
          ...checkBilan(bil.value, { strategie: strat.value, collectivite: col.value, indicateursCalcules: computed }),
        ];
        for (const f of all) {
          expect(f.code).toMatch(/^NRS_/);
          expect(["error", "warning", "info"]).toContain(f.severity);
          expect(f.ref).toBeTruthy();
          expect(f.message.fr && f.message.en).toBeTruthy();
        }
        expect(() => obligations(col.value, { on: "2025-06-01" })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("parsers never throw, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (x) => {
        for (const [, , parse] of PARSERS) {
          const r = parse(x);
          if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("a hostile object (throwing getter) gives NRS_UNREADABLE instead of an exception", () => {
    const hostile = {
      get type(): string {
        throw new Error("boom");
      },
    };
    const r = parseCollectivite(hostile);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.code).toBe("NRS_UNREADABLE");
  });
});
