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

// Leaves under these keys are decimals, except a population's `valeur` (an integer count of inhabitants).
const DECIMAL_KEYS = new Set([
  "valeur",
  "valeurReference",
  "valeurCible",
  "agentsEtp",
  "budgetEuros",
  "etp",
  "avancementPct",
  "depensesEuros",
]);

// Decimal leaves of a parsed document, with the input value at the same place.
function decimalLeaves(parsed: unknown, input: unknown, out: [unknown, unknown][] = []): [unknown, unknown][] {
  if (parsed && typeof parsed === "object") {
    for (const [k, v] of Object.entries(parsed)) {
      if (k === "population") continue;
      const i = (input as Record<string, unknown> | undefined)?.[k];
      if (DECIMAL_KEYS.has(k) && (typeof v !== "object" || v === null)) out.push([v, i]);
      else decimalLeaves(v, i, out);
    }
  }
  return out;
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
      let decimalsSeen = 0;
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
            // Canonical strings: one writing per value, so plain deep equality is equality of values.
            expect(second.value).toEqual(first.value);
            expect(serialize(second.value as never)).toEqual(json);
          }
          // Every decimal comes out as a canonical string equal in value to what was put in.
          for (const [out, given] of decimalLeaves(first.value, input)) {
            decimalsSeen++;
            expect(typeof out).toBe("string");
            expect(out).toBe(new Decimal(given as string).toFixed().replace(/^-0$/, "0"));
          }
        }),
        { numRuns: 150 },
      );
      expect(decimalsSeen).toBeGreaterThan(0);
    });
  }
});

describe("checks never throw on a document that parses", () => {
  it("checkStrategy, checkProgramme and checkBilan, with and without options", () => {
    fc.assert(
      fc.property(
        collectiviteArb,
        programmeArb,
        strategieArb,
        bilanArb,
        fc.array(fc.string(), { maxLength: 3 }),
        (c, p, s, b, computed) => {
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
        },
      ),
      { numRuns: 300 },
    );
  });

  it("parsers never throw, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
        (x) => {
          for (const [, , parse] of PARSERS) {
            const r = parse(x);
            if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
          }
        },
      ),
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
