import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { followUp, indicatorStatus, milestonesFromStrategy, trajectory } from "@nrs/indicators";

describe("trajectory", () => {
  it("is linear between baseline and target, flat outside", () => {
    const t = trajectory({ baseline: { year: 2023, value: 412 }, targets: [{ year: 2029, value: 309 }] }, { from: 2022, to: 2030 });
    expect(t.map((p) => p.value.toFixed(4))).toEqual([
      "412.0000",
      "412.0000",
      "394.8333",
      "377.6667",
      "360.5000",
      "343.3333",
      "326.1667",
      "309.0000",
      "309.0000",
    ]);
  });

  it("passes through every milestone and stays between consecutive ones", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2030 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -1000, max: 1000 })), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: -1000, max: 1000 }),
        (y0, steps, v0) => {
          let y = y0;
          const targets = steps.map(([dy, v]) => ({ year: (y += dy), value: v }));
          const path = trajectory({ baseline: { year: y0, value: v0 }, targets });
          const at = (year: number) => path.find((p) => p.year === year)?.value;
          expect(at(y0)?.toString()).toBe(String(v0));
          for (const t of targets) expect(at(t.year)?.toString()).toBe(String(t.value));
          const pts = [{ year: y0, value: v0 }, ...targets];
          for (let i = 1; i < pts.length; i++) {
            const a = pts[i - 1] as { year: number; value: number },
              b = pts[i] as { year: number; value: number };
            for (let k = a.year; k <= b.year; k++) {
              const v = at(k) as Decimal;
              expect(v.gte(Math.min(a.value, b.value)) && v.lte(Math.max(a.value, b.value))).toBe(true);
            }
          }
        },
      ),
    );
  });

  it("refuses targets not after the baseline", () => {
    expect(() => trajectory({ baseline: { year: 2025, value: 1 }, targets: [{ year: 2024, value: 2 }] })).toThrowError(
      /after the baseline/,
    );
    expect(() => trajectory({ baseline: { year: 2023, value: 1 }, targets: [] })).toThrowError(/At least one target/);
  });
});

describe("indicatorStatus", () => {
  const up = {
    baseline: { year: 2023, value: 10 },
    targets: [
      { year: 2025, value: 30 },
      { year: 2027, value: 50 },
    ],
  };
  it("uses the target in force and the tolerance on the planned progress", () => {
    // 2024: planned 20, target in force 30 (2025); tolerance 10 % of 10 = 1
    expect(indicatorStatus(19, 2024, up, "HAUSSE")).toBe("SUR_TRAJECTOIRE");
    expect(indicatorStatus("18.99", 2024, up, "HAUSSE")).toBe("EN_RETARD");
    expect(indicatorStatus(30, 2024, up, "HAUSSE")).toBe("ATTEINT");
    expect(indicatorStatus(18, 2024, up, "HAUSSE", { tolerance: "0.2" })).toBe("SUR_TRAJECTOIRE");
    // 2026: planned 40, in force 50 (2027)
    expect(indicatorStatus(31, 2026, up, "HAUSSE")).toBe("EN_RETARD");
    // after the last target the last target stays in force
    expect(indicatorStatus(50, 2030, up, "HAUSSE")).toBe("ATTEINT");
  });
  it("reads BAISSE the other way round", () => {
    const down = { baseline: { year: 2023, value: 412 }, targets: [{ year: 2029, value: 309 }] };
    expect(indicatorStatus(300, 2026, down, "BAISSE")).toBe("ATTEINT");
    expect(indicatorStatus(360, 2026, down, "BAISSE")).toBe("SUR_TRAJECTOIRE"); // planned 360.5
    expect(indicatorStatus(400, 2026, down, "BAISSE")).toBe("EN_RETARD");
  });
});

describe("followUp", () => {
  it("follows a series against the strategy's milestones", () => {
    const strategy = {
      objectifs: [
        {
          cibles: [
            {
              indicateur: "part-achats-reemploi",
              anneeReference: 2023,
              valeurReference: new Decimal("6.5"),
              anneeCible: 2025,
              valeurCible: new Decimal(20),
            },
            {
              indicateur: "part-achats-reemploi",
              anneeReference: 2023,
              valeurReference: new Decimal("6.5"),
              anneeCible: 2027,
              valeurCible: new Decimal(30),
            },
          ],
        },
      ],
      indicateurs: [{ code: "part-achats-reemploi", sens: "HAUSSE" as const }],
    };
    expect(milestonesFromStrategy(strategy, "autre")).toBeUndefined();
    const f = followUp(
      "part-achats-reemploi",
      [
        { year: 2024, value: new Decimal("12.1") },
        { year: 2025, value: new Decimal("18.8") },
      ],
      strategy,
    );
    expect(f.trajectory.map((p) => p.value.toString())).toEqual(["6.5", "13.25", "20", "25", "30"]);
    // 2024: planned 13.25, allowed lag 10 % × 6.75 = 0.675, 12.1 < 12.575; 2025: 18.8 ≥ 20 − 1.35
    expect(f.statuses).toEqual([
      { year: 2024, status: "EN_RETARD" },
      { year: 2025, status: "SUR_TRAJECTOIRE" },
    ]);
    expect(f.status).toBe("SUR_TRAJECTOIRE");
    const g = followUp("part-achats-reemploi", [{ year: 2025, value: new Decimal(10) }], strategy, { year: 2026 });
    expect(g.statuses).toEqual([
      { year: 2024, status: "SANS_DONNEES" },
      { year: 2025, status: "EN_RETARD" },
      { year: 2026, status: "SANS_DONNEES" },
    ]);
    expect(followUp("pue", [{ year: 2024, value: new Decimal("1.6") }]).status).toBe("SANS_CIBLE");
  });
});
