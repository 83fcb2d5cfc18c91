import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeIndicators, coveredBy2023266, REFORMED_IT_SCOPE_2023_266, reuseRatio2023266, type RetirementRecord } from "@nrs/indicators";

// A and B of décret n° 2023-266 count only WEEE categories 2° and 6° (art. 1): screens and small IT.
const stock = (category: string, quantity: number, line: number): RetirementRecord => ({
  category,
  quantity,
  reformDate: "2024-06-01",
  destination: "STOCK",
  line,
});
const given = (category: string, quantity: number, line: number, reuseCommitment = true): RetirementRecord => ({
  category,
  quantity,
  reformDate: "2024-06-01",
  exitDate: "2025-03-01",
  destination: "DON",
  reuseCommitment,
  line,
});

describe("reuseRatio2023266: scope of the decree", () => {
  it("leaves a retired server (category 4°) and a video projector (5°) out of A and B, with their lines and why", () => {
    const r = reuseRatio2023266(
      [
        stock("ordinateur_portable", 40, 2),
        given("ecran", 10, 3),
        stock("serveur", 6, 4),
        given("serveur", 3, 5),
        given("videoprojecteur", 2, 6),
      ],
      { year: 2025 },
    );
    // B = 40 laptops + 10 screens (in stock on 1 January, given in March); A = 10 screens.
    expect([r?.sentToReuse, r?.stockOnJanuary1, r?.value.toString()]).toEqual([10, 50, "20"]);
    expect(r?.excluded.outOfScope).toBe(11);
    expect(r?.exclusions).toEqual([
      { reason: "hors-champ", type: "serveur", quantity: 9, lines: [4, 5] },
      { reason: "hors-champ", type: "videoprojecteur", quantity: 2, lines: [6] },
    ]);
    expect(r?.lines).toEqual([2, 3]);
  });

  it("lists the other exclusions by reason too", () => {
    const old: RetirementRecord = { ...stock("ecran", 4, 7), acquisitionDate: "2012-01-01" };
    const r = reuseRatio2023266(
      [stock("ecran", 10, 2), old, { ...stock("smartphone", 3, 8), classified: true }, given("ordinateur_fixe", 5, 9, false)],
      { year: 2025 },
    );
    expect(r?.exclusions.map((g) => [g.reason, g.type, g.quantity, g.lines])).toEqual([
      ["plus-de-dix-ans", "ecran", 4, [7]],
      ["classifie", "smartphone", 3, [8]],
      ["sans-engagement", "ordinateur_fixe", 5, [9]],
    ]);
    // The desktops given without commitment are still in stock on 1 January (B), not in A.
    expect([r?.sentToReuse, r?.stockOnJanuary1]).toEqual([0, 15]);
  });

  it("an override puts a type in or out of scope", () => {
    expect(coveredBy2023266("imprimante")).toBe(true);
    const r = reuseRatio2023266([stock("imprimante", 5, 2), stock("ecran", 5, 3)], { year: 2025, covered: { imprimante: false } });
    expect([r?.stockOnJanuary1, r?.excluded.outOfScope]).toEqual([5, 5]);
    expect(reuseRatio2023266([stock("serveur", 5, 2)], { year: 2025, covered: { serveur: true } })?.stockOnJanuary1).toBe(5);
    expect(coveredBy2023266("type-inconnu")).toBe(false);
  });

  it("property: adding lines of types outside the scope never changes A, B or the ratio", () => {
    const types = Object.keys(REFORMED_IT_SCOPE_2023_266);
    const inScope = types.filter((t) => REFORMED_IT_SCOPE_2023_266[t]!.covered);
    const outScope = types.filter((t) => !REFORMED_IT_SCOPE_2023_266[t]!.covered);
    const line = (pool: readonly string[]) =>
      fc
        .record({
          type: fc.constantFrom(...pool),
          quantity: fc.integer({ min: 1, max: 50 }),
          given: fc.boolean(),
          commitment: fc.boolean(),
        })
        .map((x): RetirementRecord => (x.given ? given(x.type, x.quantity, 0, x.commitment) : stock(x.type, x.quantity, 0)));
    fc.assert(
      fc.property(fc.array(line(inScope), { minLength: 1, maxLength: 20 }), fc.array(line(outScope), { maxLength: 10 }), (kept, extra) => {
        const base = reuseRatio2023266(kept, { year: 2025 });
        const mixed = reuseRatio2023266([...extra, ...kept], { year: 2025 });
        expect([mixed?.sentToReuse, mixed?.stockOnJanuary1, mixed?.value.toString()]).toEqual([
          base?.sentToReuse,
          base?.stockOnJanuary1,
          base?.value.toString(),
        ]);
        expect(mixed?.excluded.outOfScope).toBe(extra.reduce((n, r) => n + r.quantity, 0));
      }),
    );
  });

  it("the indicator says which lines it left out and why", () => {
    const r = computeIndicators(
      { retirements: [stock("ordinateur_portable", 8, 2), given("ordinateur_portable", 2, 3), stock("serveur", 4, 4)] },
      { year: 2025 },
    );
    const v = r.values.find((x) => x.code === "taux-reemploi-reforme");
    expect(v?.value.toString()).toBe("20");
    expect(v?.provenance.notes?.map((n) => n.en)).toContain(
      "4 item(s) outside categories 2 and 6 of art. R. 543-172 excluded (serveur; décret 2023-266, art. 1; lines 4).",
    );
  });
});
