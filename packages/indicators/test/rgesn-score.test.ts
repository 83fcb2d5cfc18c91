import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NrsError } from "@nrs/core";
import { parseRgesnStatus, RGESN_CRITERIA, rgesnScore, type RgesnStatus } from "@nrs/indicators";

const STATUSES: RgesnStatus[] = ["VALIDE", "NON_VALIDE", "EN_COURS", "A_EVALUER", "NON_APPLICABLE"];

describe("RGESN 2024 criteria data", () => {
  it("matches the counts of the official PDF, data file and spreadsheet", () => {
    expect(RGESN_CRITERIA).toHaveLength(78);
    const by = (f: (c: (typeof RGESN_CRITERIA)[number]) => string) =>
      RGESN_CRITERIA.reduce<Record<string, number>>((a, c) => ({ ...a, [f(c)]: (a[f(c)] ?? 0) + 1 }), {});
    expect(by((c) => c.priority)).toEqual({ Prioritaire: 30, Recommandé: 29, Modéré: 19 });
    expect(by((c) => String(c.thematic))).toEqual({ 1: 10, 2: 10, 3: 7, 4: 15, 5: 8, 6: 7, 7: 4, 8: 10, 9: 7 });
    expect(RGESN_CRITERIA.filter((c) => c.appliesToAll)).toHaveLength(18);
    // Spreadsheet maxima per thematic (DOMAIN-SOURCES §4.2) and in total.
    const max = (t: number) =>
      RGESN_CRITERIA.filter((c) => c.thematic === t)
        .reduce((s, c) => s.plus(c.weight), new Decimal(0))
        .toString();
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(max)).toEqual(["13.5", "14", "8.25", "18", "10.25", "8", "5", "13", "10.25"]);
    expect(RGESN_CRITERIA.reduce((s, c) => s.plus(c.weight), new Decimal(0)).toString()).toBe("100.25");
    expect(new Set(RGESN_CRITERIA.map((c) => c.id)).size).toBe(78);
  });
});

describe("rgesnScore", () => {
  // The official formula written independently: Σ weight(Validé) / Σ weight(not « Non applicable ») × 100.
  const WEIGHT: Record<string, number> = { Prioritaire: 1.5, Recommandé: 1.25, Modéré: 1 };
  function official(statuses: Record<string, RgesnStatus>): Decimal | undefined {
    let v = new Decimal(0),
      a = new Decimal(0);
    for (const c of RGESN_CRITERIA) {
      const s = statuses[c.id] ?? "A_EVALUER";
      if (s === "NON_APPLICABLE") continue;
      a = a.plus(WEIGHT[c.priority] ?? NaN);
      if (s === "VALIDE") v = v.plus(WEIGHT[c.priority] ?? NaN);
    }
    return a.isZero() ? undefined : v.div(a).times(100);
  }
  const evaluation = fc.record(
    Object.fromEntries(
      RGESN_CRITERIA.map((c) => [c.id, fc.constantFrom(...(c.appliesToAll ? STATUSES.filter((s) => s !== "NON_APPLICABLE") : STATUSES))]),
    ) as Record<string, fc.Arbitrary<RgesnStatus>>,
  );

  it("equals the official formula on random evaluations (overall and per thematic)", () => {
    fc.assert(
      fc.property(evaluation, (e) => {
        const s = rgesnScore(e);
        const o = official(e);
        expect(s.score?.toFixed(12)).toBe(o?.toFixed(12));
        for (let t = 1; t <= 9; t++) {
          const sub = Object.fromEntries(
            Object.entries(e).map(([id, st]) => [id, id.startsWith(`${t}.`) ? st : ("NON_APPLICABLE" as const)]),
          );
          let v = new Decimal(0),
            a = new Decimal(0);
          for (const c of RGESN_CRITERIA.filter((x) => x.thematic === t)) {
            const st = sub[c.id] as RgesnStatus;
            if (st === "NON_APPLICABLE") continue;
            a = a.plus(WEIGHT[c.priority] ?? NaN);
            if (st === "VALIDE") v = v.plus(WEIGHT[c.priority] ?? NaN);
          }
          expect(s.byThematic[t]?.score?.toFixed(12)).toBe(a.isZero() ? undefined : v.div(a).times(100).toFixed(12));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is 100 when every applicable criterion is validated, whatever is « Non applicable »", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 78, maxLength: 78 }), (na) => {
        const e = Object.fromEntries(
          RGESN_CRITERIA.map((c, i) => [c.id, !c.appliesToAll && na[i] === true ? "NON_APPLICABLE" : "VALIDE"]),
        ) as Record<string, RgesnStatus>;
        expect(rgesnScore(e).score?.toString()).toBe("100");
      }),
    );
  });

  it("counts « En cours », « À évaluer » and missing criteria as not validated", () => {
    const s = rgesnScore({ "1.1": "VALIDE", "1.2": "EN_COURS", "1.3": "A_EVALUER" });
    expect(s.missing).toHaveLength(75);
    expect(s.validatedWeight.toString()).toBe("1.5");
    expect(s.applicableWeight.toString()).toBe("100.25");
  });

  it("gives no thematic score when nothing applies in it", () => {
    const e = Object.fromEntries(
      RGESN_CRITERIA.filter((c) => c.thematic === 9 && !c.appliesToAll).map((c) => [c.id, "NON_APPLICABLE" as const]),
    );
    const s = rgesnScore({ ...e, "9.1": "VALIDE" });
    expect(s.byThematic[9]?.score?.toString()).toBe("100");
    const t = rgesnScore(Object.fromEntries(RGESN_CRITERIA.filter((c) => c.thematic === 3).map((c) => [c.id, "NON_APPLICABLE" as const])));
    expect(t.byThematic[3]?.score).toBeUndefined();
  });

  it("refuses unknown criteria, forbidden « Non applicable » and contradictions, with codes", () => {
    const codes = (f: () => unknown) => {
      try {
        f();
        return [];
      } catch (e) {
        return (e as NrsError).problems.map((p) => p.code);
      }
    };
    expect(codes(() => rgesnScore({ "10.1": "VALIDE" }))).toEqual(["NRS_RGESN_UNKNOWN_CRITERION"]);
    expect(codes(() => rgesnScore({ "1.1": "NON_APPLICABLE" }))).toEqual(["NRS_RGESN_NA_FORBIDDEN"]);
    expect(
      codes(() =>
        rgesnScore([
          { criterion: "1.7", status: "VALIDE" },
          { criterion: "1.7", status: "NON_VALIDE" },
        ]),
      ),
    ).toEqual(["NRS_RGESN_DUPLICATE"]);
  });

  it("reads the spreadsheet's statuses in French and English", () => {
    expect(
      ["Validé", "Non validé", "En cours", "À évaluer", "Non applicable", "validated", "N/A", "not applicable"].map(parseRgesnStatus),
    ).toEqual(["VALIDE", "NON_VALIDE", "EN_COURS", "A_EVALUER", "NON_APPLICABLE", "VALIDE", "NON_APPLICABLE", "NON_APPLICABLE"]);
    expect(parseRgesnStatus("oui peut-être")).toBeUndefined();
  });
});
