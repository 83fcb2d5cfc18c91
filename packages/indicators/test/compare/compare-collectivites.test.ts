import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Decimal } from "decimal.js";
import { compareCollectivites, quartiles, type CompareSubject } from "../../src/index.js";

function subject(id: string, over: Partial<CompareSubject> & { total?: number; share?: number } = {}): CompareSubject {
  const values = [];
  if (over.total !== undefined)
    values.push({
      key: "empreinte-carbone-totale",
      code: "empreinte-carbone-totale",
      label: { fr: "Empreinte", en: "Footprint" },
      unit: "kgCO2e",
      value: new Decimal(over.total),
    });
  if (over.share !== undefined)
    values.push({
      key: "part-achats-reemploi",
      code: "part-achats-reemploi",
      label: { fr: "Part", en: "Share" },
      unit: "%",
      value: new Decimal(over.share),
    });
  return { id, name: `Ville ${id}`, year: 2025, source: { kind: "projet", label: `${id}/` }, values, ...over };
}

/** Reference quartiles in plain floats (definition 7), independent of the library's code. */
function reference(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 < s.length ? s[lo]! + (h - lo) * (s[lo + 1]! - s[lo]!) : s[lo]!;
}

describe("compareCollectivites", () => {
  it("normalises totals per agent, ranks lowest first for an indicator to lower, and reports the quartiles", () => {
    const r = compareCollectivites([
      subject("A", { agents: 1000, total: 200000 }),
      subject("B", { agents: 500, total: 150000 }),
      subject("C", { agents: 400, total: 40000 }),
    ]);
    const c = r.indicators.find((i) => i.key === "empreinte-carbone-totale")!;
    expect(c.normaliser).toBe("agent");
    expect(c.unit).toBe("kgCO2e/agent");
    const g = c.groups[0]!;
    expect(g.values.map((v) => [v.subject, v.value.toString(), v.rank])).toEqual([
      ["C", "100", 1],
      ["A", "200", 2],
      ["B", "300", 3],
    ]);
    expect(g.stats?.median.toString()).toBe("200");
    expect(g.stats?.q1.toString()).toBe("150");
    expect(g.values[0]!.betterThanMedian).toBe(true);
    expect(g.values[2]!.betterThanMedian).toBe(false);
  });

  it("ranks highest first for an indicator to raise, and compares shares raw", () => {
    const r = compareCollectivites([subject("A", { share: 10 }), subject("B", { share: 30 })]);
    const c = r.indicators.find((i) => i.key === "part-achats-reemploi")!;
    expect(c.normaliser).toBeUndefined();
    expect(c.groups[0]!.values.map((v) => v.subject)).toEqual(["B", "A"]);
  });

  it("leaves out, with a reason, a subject whose normaliser is unknown", () => {
    const r = compareCollectivites([
      subject("A", { agents: 10, total: 100 }),
      subject("B", { agents: 20, total: 100 }),
      subject("C", { total: 5 }),
    ]);
    const c = r.indicators.find((i) => i.key === "empreinte-carbone-totale")!;
    expect(c.groups[0]!.values).toHaveLength(2);
    expect(c.leftOut.map((l) => l.subject)).toEqual(["C"]);
    expect(c.leftOut[0]!.reason.fr).toMatch(/par agent/);
  });

  it("does not compare an indicator left with one value once normalised", () => {
    const r = compareCollectivites([subject("A", { agents: 10, total: 100 }), subject("B", { total: 5 })]);
    expect(r.indicators).toHaveLength(0);
    expect(r.notCompared[0]).toMatchObject({ key: "empreinte-carbone-totale", reason: "UN_SEUL" });
    expect(r.notCompared[0]!.message.fr).toMatch(/par agent/);
  });

  it("refuses to compare an indicator published in different units, and one only one subject has", () => {
    const a = subject("A", { share: 10 });
    const b: CompareSubject = { ...subject("B"), values: [{ ...a.values[0]!, unit: "‰" }] };
    const c = subject("C", { total: 3, agents: 1 });
    const r = compareCollectivites([a, b, c]);
    expect(r.indicators).toHaveLength(0);
    expect(r.notCompared.map((n) => [n.key, n.reason]).sort()).toEqual([
      ["empreinte-carbone-totale", "UN_SEUL"],
      ["part-achats-reemploi", "UNITES_DIFFERENTES"],
    ]);
  });

  it("never merges a duplicate collectivité nor another year: problems instead", () => {
    const r = compareCollectivites([subject("A", { share: 1 }), subject("A", { share: 2 }), { ...subject("B", { share: 3 }), year: 2024 }]);
    expect(r.problems.map((p) => p.code)).toEqual([
      "NRS_COMPARE_DUPLICATE_SUBJECT",
      "NRS_COMPARE_YEAR_MISMATCH",
      "NRS_COMPARE_TOO_FEW_SUBJECTS",
    ]);
    expect(r.subjects.map((s) => s.id)).toEqual(["A"]);
    expect(r.problems[0]!.message.en).toMatch(/not merged/);
  });

  it("recognises one collectivité from two sources by its INSEE code or its name", () => {
    const folder = { ...subject("212650105", { share: 1 }), name: "Ville de Fictiville", codeInsee: "26950" };
    const byInsee = { ...subject("26950", { share: 2 }), name: "Fictiville (mairie)", codeInsee: "26950" };
    const byName = { ...subject("Ville de FICTIVILLE", { share: 3 }), name: "Ville de  FICTIVILLE" };
    const r = compareCollectivites([folder, byInsee, byName, subject("B", { share: 4 })]);
    expect(r.subjects.map((s) => s.id)).toEqual(["212650105", "B"]);
    expect(r.problems.map((p) => p.code)).toEqual(["NRS_COMPARE_DUPLICATE_SUBJECT", "NRS_COMPARE_DUPLICATE_SUBJECT"]);
  });

  it("groups peers by size class or type", () => {
    const r = compareCollectivites(
      [
        subject("A", { population: 60000, share: 1 }),
        subject("B", { population: 80000, share: 2 }),
        subject("C", { population: 250000, share: 3 }),
      ],
      { groupBy: "taille" },
    );
    const groups = r.indicators[0]!.groups;
    expect(groups.map((g) => [g.group, g.values.length])).toEqual([
      ["50-100k", 2],
      ["plus-200k", 1],
    ]);
    expect(groups[1]!.stats).toBeUndefined();
  });

  const subjects = fc
    .array(
      fc.record({
        agents: fc.integer({ min: 1, max: 50000 }),
        total: fc.integer({ min: 0, max: 10 ** 9 }),
        share: fc.integer({ min: 0, max: 100 }),
      }),
      { minLength: 2, maxLength: 30 },
    )
    .map((rows) => rows.map((r, i) => subject(`S${i}`, r)));

  it("property: ranks are a permutation of 1…n in every group", () => {
    fc.assert(
      fc.property(subjects, (ss) => {
        for (const c of compareCollectivites(ss).indicators) {
          for (const g of c.groups) {
            expect(g.values.map((v) => v.rank).sort((a, b) => a - b)).toEqual(g.values.map((_, i) => i + 1));
          }
        }
      }),
    );
  });

  it("property: median and quartiles match a reference computation", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 40 }), (xs) => {
        const q = quartiles(xs.map((x) => new Decimal(x)));
        for (const [p, got] of [
          [0.25, q.q1],
          [0.5, q.median],
          [0.75, q.q3],
        ] as const) {
          expect(Math.abs(got.toNumber() - reference(xs, p))).toBeLessThan(1e-9);
        }
        expect(q.min.toNumber()).toBe(Math.min(...xs));
        expect(q.max.toNumber()).toBe(Math.max(...xs));
      }),
    );
  });

  it("property: a normalised value times its normaliser gives back the raw value", () => {
    fc.assert(
      fc.property(subjects, (ss) => {
        for (const c of compareCollectivites(ss).indicators) {
          for (const v of c.groups.flatMap((g) => g.values)) {
            if (v.normaliserValue === undefined) expect(v.value.eq(v.raw)).toBe(true);
            else expect(v.value.times(v.normaliserValue).toSignificantDigits(30).eq(v.raw.toSignificantDigits(30))).toBe(true);
          }
        }
      }),
    );
  });
});
