import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { catalogue, computeIndicators, type IndicatorData, type IndicatorResults } from "@nrs/indicators";

const d = (x: string | number) => new Decimal(x);
const val = (r: IndicatorResults, code: string) => r.values.find((v) => v.code === code);
const why = (r: IndicatorResults, code: string) => r.notComputed.find((n) => n.code === code)?.reason;

// Hand-computed cases: every expected number below is worked out in the comment next to it.
const data: IndicatorData = {
  agents: 50,
  population: 10000,
  footprint: {
    impacts: { gwp: { manufacturing: { value: d(9000) }, use: { value: d(1000) }, endOfLife: { value: d(500) } } },
    factorPacks: [{ id: "fr-ademe", version: "1.0.0" }],
  },
  inventory: [
    { type: "ordinateur_portable", quantity: 40, acquisitionDate: "2021-01-01", line: 2 },
    { type: "ecran", quantity: 30, acquisitionDate: "2020-01-01", line: 3 },
    { type: "ecran", quantity: 10, acquisitionDate: "2018-01-01", retirementDate: "2024-06-30", line: 4 }, // gone before 31/12/2024
    { type: "smartphone", quantity: 5, acquisitionDate: "2025-02-01", line: 5 }, // not yet bought
  ],
  hosting: [
    { annualKwh: d(1000), pue: d("1.5") },
    { annualKwh: d(3000), pue: d("1.1") },
    { annualKwh: d(500) }, // no PUE: left out
    { annualKwh: d(800), pue: d(2), retirementDate: "2023-12-31" }, // retired before the year
  ],
  servers: { virtual: 30, physical: 10 },
  purchases: [
    { date: "2024-01-10", category: "informatique-telephonie", amount: d(8000), reuseAmount: d(2000), line: 2 },
    { date: "2024-05-10", category: "informatique-telephonie", amount: d(2000), reuseAmount: d(0), line: 3 },
    { date: "2023-05-10", category: "informatique-telephonie", amount: d(5000), reuseAmount: d(5000), line: 4 }, // other year
    { date: "2024-05-10", category: "consommables-impression", amount: d(1000), reuseAmount: d(300), line: 5 },
  ],
  retirements: [
    // stock on 1/1/2024 (B): 20 + 10 + 6 = 36 (the 5 over-age and the 2 classified are excluded)
    {
      category: "ordinateur_portable",
      quantity: 20,
      acquisitionDate: "2018-01-01",
      reformDate: "2023-10-01",
      exitDate: "2024-03-01",
      destination: "DON",
      reuseCommitment: true,
      weightKg: d(40),
      line: 2,
    },
    {
      category: "ecran",
      quantity: 10,
      ageYears: d(8),
      reformDate: "2023-11-01",
      exitDate: "2024-04-01",
      destination: "RECYCLAGE",
      weightKg: d(50),
      line: 3,
    },
    { category: "ordinateur_fixe", quantity: 6, ageYears: d(7), reformDate: "2023-12-01", destination: "STOCK", line: 4 },
    {
      category: "ordinateur_fixe",
      quantity: 5,
      ageYears: d(11),
      reformDate: "2023-12-01",
      exitDate: "2024-02-01",
      destination: "VENTE",
      reuseCommitment: true,
      line: 5,
    },
    {
      category: "ordinateur_portable",
      quantity: 2,
      ageYears: d(3),
      reformDate: "2023-12-01",
      exitDate: "2024-02-01",
      destination: "CESSION",
      reuseCommitment: true,
      classified: true,
      line: 6,
    },
    // retired in 2024: lifetimes (4 × 5 years, 2 × 6 years ecran); 4 given without commitment: not in A
    {
      category: "ordinateur_portable",
      quantity: 4,
      ageYears: d(5),
      reformDate: "2024-06-01",
      exitDate: "2024-09-01",
      destination: "DON",
      line: 7,
    },
    {
      category: "ecran",
      quantity: 2,
      ageYears: d(6),
      reformDate: "2024-06-01",
      exitDate: "2024-10-01",
      destination: "RECYCLAGE",
      weightKg: d(10),
      line: 8,
    },
  ],
  events: [
    { date: "2024-02-01", type: "FORMATION", audience: "AGENTS", participants: 12, estimated: false, line: 2 },
    { date: "2024-03-01", type: "ATELIER", audience: "AGENTS", participants: 8, estimated: false, line: 3 },
    { date: "2024-04-01", type: "ATELIER", audience: "ELUS", participants: 7, estimated: false, line: 4 },
    { date: "2024-05-01", type: "STAND", audience: "HABITANTS", participants: 300, estimated: true, line: 5 },
    { date: "2024-06-01", type: "CONFERENCE", audience: "HABITANTS", participants: 45, estimated: false, line: 6 },
    { date: "2023-06-01", type: "CONFERENCE", audience: "HABITANTS", participants: 999, estimated: false, line: 7 },
  ],
  rgaa: [
    { service: "site", date: "2024-03-01", compliant: 40, nonCompliant: 10, line: 2 }, // 80 % partielle
    { service: "site", date: "2022-03-01", compliant: 10, nonCompliant: 40, line: 3 }, // superseded
    { service: "demarches", date: "2023-05-01", compliant: 20, nonCompliant: 30, line: 4 }, // 40 % non conforme
    { service: "intranet", date: "2021-06-01", compliant: 50, nonCompliant: 0, line: 5 }, // older than 3 years: non conforme, out of the rate
  ],
  ecoindex: [
    { url: "https://a/", date: "2024-02-01", score: d(40), line: 2 }, // superseded by the later measure
    { url: "https://a/", date: "2024-09-01", score: d(72), line: 3 }, // B
    { url: "https://b/", date: "2024-09-01", score: d("80.5"), line: 4 }, // A
    { url: "https://c/", date: "2024-09-01", dom: d(100), requests: d(100), sizeKb: d(100), line: 5 }, // 72 (cnumr README case), B
  ],
  openData: [
    { dataset: "a", published: true, schema: "scdl/budget", line: 2 },
    { dataset: "b", published: true, line: 3 },
    { dataset: "c", published: false, schema: "scdl/deliberations", line: 4 }, // not published
    { dataset: "d", published: true, schema: "scdl/subventions", publicationDate: "2025-01-15", line: 5 }, // after 2024
    { dataset: "e", published: true, schema: "bal/bal", publicationDate: "2024-11-15", line: 6 },
  ],
  rgesn: [
    // service "x": every criterion validated except 1.1 (1.5, non validé) and 9.2 (N/A): 97.25 / 98.75 × 100
    ...catalogueOfRgesn("x", (id) => (id === "1.1" ? "NON_VALIDE" : id === "9.2" ? "NON_APPLICABLE" : "VALIDE")),
    // service "y": only thematic 1 validated, the rest « À évaluer »: 13.5 / 100.25 × 100
    ...catalogueOfRgesn("y", (id) => (id.startsWith("1.") ? "VALIDE" : "A_EVALUER")),
  ],
};

function catalogueOfRgesn(service: string, status: (id: string) => "VALIDE" | "NON_VALIDE" | "NON_APPLICABLE" | "A_EVALUER") {
  const ids: string[] = [];
  const counts = [10, 10, 7, 15, 8, 7, 4, 10, 7];
  counts.forEach((n, t) => {
    for (let i = 1; i <= n; i++) ids.push(`${t + 1}.${i}`);
  });
  return ids.map((id) => ({ service, date: "2024-06-01", criterion: id, status: status(id) }));
}

describe("computeIndicators, hand-computed", () => {
  const r = computeIndicators(data, { year: 2024 });

  it("reports no problem and accounts for every catalogue entry exactly once", () => {
    expect(r.problems).toEqual([]);
    const codes = [...r.values.map((v) => v.code), ...r.notComputed.map((n) => n.code)].sort();
    expect(codes).toEqual(catalogue.map((c) => c.code).sort());
  });

  it("footprint total, per agent and per inhabitant, by stage", () => {
    expect(val(r, "empreinte-carbone-totale")?.value.toString()).toBe("10500"); // 9000 + 1000 + 500
    expect(val(r, "empreinte-carbone-par-agent")?.value.toString()).toBe("210"); // 10500 / 50
    expect(val(r, "empreinte-carbone-par-agent")?.breakdown?.["fabrication"]?.value.toString()).toBe("180"); // 9000 / 50
    expect(val(r, "empreinte-carbone-par-habitant")?.value.toString()).toBe("1.05"); // 10500 / 10000
    expect(val(r, "empreinte-carbone-par-habitant")?.breakdown?.["fin-de-vie"]?.value.toString()).toBe("0.05");
    expect(val(r, "empreinte-carbone-totale")?.provenance.factorPacks).toEqual([{ id: "fr-ademe", version: "1.0.0" }]);
  });

  it("devices per agent by type (in service on 31 December)", () => {
    const v = val(r, "equipements-par-agent");
    expect(v?.value.toString()).toBe("1.4"); // (40 + 30) / 50
    expect(v?.breakdown?.["ecran"]?.value.toString()).toBe("0.6"); // 30 / 50
    expect(v?.breakdown?.["smartphone"]).toBeUndefined();
    expect(v?.provenance.records[0]?.lines).toEqual([2, 3]);
  });

  it("average lifetime by type and of workstations (retired in the year)", () => {
    const v = val(r, "duree-vie-moyenne-equipements");
    expect(v?.value.toFixed(6)).toBe("5.333333"); // (4 × 5 + 2 × 6) / 6
    expect(v?.breakdown?.["ecran"]?.value.toString()).toBe("6");
    expect(val(r, "duree-usage-postes")?.value.toString()).toBe("5"); // laptops only: 4 × 5 / 4
  });

  it("décret 2023-266 ratio with its exclusions and the 35 % target of 2024", () => {
    const v = val(r, "taux-reemploi-reforme");
    expect(v?.numerator?.toString()).toBe("20"); // A: the 20 laptops given with a commitment (the 4 without commitment are out)
    expect(v?.denominator?.toString()).toBe("36"); // B: 20 + 10 + 6
    expect(v?.value.toFixed(4)).toBe("55.5556");
    expect(v?.reference?.value.toString()).toBe("35");
    expect(v?.reference?.met).toBe(true);
    expect(v?.provenance.notes.map((n) => n.en).join(" ")).toContain("5 item(s) over 10 years old excluded");
    expect(val(r, "biens-reformes-stock")?.value.toString()).toBe("36");
    expect(val(r, "biens-orientes-reemploi")?.value.toString()).toBe("20");
  });

  it("WEEE weight, per agent, gifts", () => {
    expect(val(r, "poids-deee")?.value.toString()).toBe("60"); // 50 + 10 (RECYCLAGE exits of 2024)
    expect(val(r, "poids-deee-par-agent")?.value.toString()).toBe("1.2"); // 60 / 50
    expect(val(r, "dons-materiel-externe")?.value.toString()).toBe("24"); // 20 + 4
  });

  it("AGEC reuse share per category against the threshold", () => {
    const v = val(r, "part-achats-reemploi");
    expect(v?.value.toString()).toBe("20"); // 2000 / (8000 + 2000)
    expect(v?.reference?.met).toBe(true); // 20 ≥ 20
    expect(v?.breakdown?.["consommables-impression"]?.value.toString()).toBe("30"); // 300 / 1000
    const lower = computeIndicators(data, { year: 2024, agecThresholds: { "informatique-telephonie": 25 } });
    expect(val(lower, "part-achats-reemploi")?.reference?.met).toBe(false);
  });

  it("virtualised servers and PUE", () => {
    expect(val(r, "part-serveurs-virtualises")?.value.toString()).toBe("75"); // 30 / 40
    expect(val(r, "pue")?.value.toString()).toBe("1.2"); // (1000 × 1.5 + 3000 × 1.1) / 4000
  });

  it("RGESN score per service (official formula) and per thematic", () => {
    const v = val(r, "score-rgesn-moyen");
    expect(v?.breakdown?.["x"]?.value.toFixed(6)).toBe(new Decimal("97.25").div("98.75").times(100).toFixed(6));
    expect(v?.breakdown?.["y"]?.value.toFixed(6)).toBe(new Decimal("13.5").div("100.25").times(100).toFixed(6));
    const mean = new Decimal("97.25").div("98.75").times(100).plus(new Decimal("13.5").div("100.25").times(100)).div(2);
    expect(v?.value.toFixed(8)).toBe(mean.toFixed(8));
    const t = val(r, "score-rgesn-thematique");
    expect(t?.breakdown?.["1"]?.value.toFixed(6)).toBe(new Decimal(12 + 13.5).div(27).times(100).toFixed(6)); // x: 12/13.5, y: 13.5/13.5
    // thematic 9 weighs 10.25; x has 9.2 (1.5) N/A: 8.75 / 8.75; y: 0 / 10.25; pooled 8.75 / 19
    expect(t?.breakdown?.["9"]?.value.toFixed(6)).toBe(new Decimal("8.75").div("19").times(100).toFixed(6));
  });

  it("RGAA conformity rate and state", () => {
    const v = val(r, "taux-conformite-rgaa");
    expect(v?.value.toString()).toBe("60"); // (40 + 20) / (50 + 50); intranet's 2021 audit is out
    expect(v?.breakdown?.["site"]?.value.toString()).toBe("80");
    const s = val(r, "part-services-accessibles");
    expect(s?.value.toFixed(4)).toBe("33.3333"); // 1 partielle of 3 services
    expect(s?.breakdown?.["non-conforme"]?.value.toString()).toBe("2");
  });

  it("EcoIndex average and grades (latest measure per page)", () => {
    const v = val(r, "ecoindex-moyen");
    expect(v?.value.toString()).toBe("74.83333333333333333333333333333333"); // (72 + 80.5 + 72) / 3
    expect(v?.breakdown?.["A"]?.value.toString()).toBe("1");
    expect(v?.breakdown?.["B"]?.value.toString()).toBe("2");
  });

  it("open datasets with a national schema", () => {
    expect(val(r, "part-donnees-schema")?.value.toFixed(4)).toBe("66.6667"); // a, e of a, b, e
  });

  it("agents trained, elected officials, people reached", () => {
    expect(val(r, "agents-formes")?.value.toString()).toBe("20");
    expect(val(r, "part-agents-formes")?.value.toString()).toBe("40"); // 20 / 50
    expect(val(r, "elus-sensibilises")?.value.toString()).toBe("7");
    expect(val(r, "ateliers-realises")?.value.toString()).toBe("3");
    const p = val(r, "personnes-sensibilisees");
    expect(p?.value.toString()).toBe("345"); // 300 + 45 (2023 excluded)
    expect(p?.provenance.quality).toBe("ESTIMEE");
    expect(val(r, "campagnes-citoyens")?.value.toString()).toBe("2");
  });
});

describe("computeIndicators, not computed", () => {
  it("says why instead of a zero", () => {
    const r = computeIndicators({}, { year: 2024 });
    expect(r.values).toEqual([]);
    expect(why(r, "pue")).toBe("DONNEES_ABSENTES");
    expect(why(r, "part-marches-clauses-environnementales")).toBe("COLLECTE");
    const z = computeIndicators({ agents: 0, events: data.events ?? [] }, { year: 2024 });
    expect(why(z, "part-agents-formes")).toBe("DENOMINATEUR_NUL");
    expect(val(z, "agents-formes")?.value.toString()).toBe("20");
    const noStock = computeIndicators(
      { retirements: [{ category: "ecran", quantity: 1, reformDate: "2024-03-01", destination: "STOCK" }] },
      { year: 2024 },
    );
    expect(why(noStock, "taux-reemploi-reforme")).toBe("DENOMINATEUR_NUL");
    const other = computeIndicators({ events: data.events ?? [] }, { year: 2022 });
    expect(why(other, "personnes-sensibilisees")).toBe("DONNEES_ABSENTES");
  });

  it("filters records by entity (no entity = epci)", () => {
    const events = [
      { entity: "26901", date: "2024-02-01", type: "FORMATION" as const, audience: "AGENTS" as const, participants: 5, estimated: false },
      { date: "2024-02-01", type: "FORMATION" as const, audience: "AGENTS" as const, participants: 7, estimated: false },
    ];
    expect(val(computeIndicators({ events }, { year: 2024, entity: "26901" }), "agents-formes")?.value.toString()).toBe("5");
    expect(val(computeIndicators({ events }, { year: 2024, entity: "epci" }), "agents-formes")?.value.toString()).toBe("7");
    expect(val(computeIndicators({ events }, { year: 2024 }), "agents-formes")?.value.toString()).toBe("12");
  });

  it("refuses a bad year and negative counts with a bilingual error", () => {
    expect(() => computeIndicators({}, { year: 20.5 })).toThrowError(/Invalid year/);
    expect(() => computeIndicators({ agents: -1, events: data.events ?? [] }, { year: 2024 })).toThrowError(/negative/);
    expect(() => computeIndicators({ agents: "abc", events: data.events ?? [] }, { year: 2024 })).toThrowError();
  });

  it("checks hand-built records against their schemas, with paths and lines", () => {
    const bad = [{ date: "2024-01-01", category: "informatique-telephonie", amount: d(-5), reuseAmount: d(0), line: 7 }];
    try {
      computeIndicators({ purchases: bad }, { year: 2024 });
      expect.unreachable();
    } catch (e) {
      const p = (e as { problems: { code: string; path: unknown[]; line?: number }[] }).problems[0];
      expect([p?.code, p?.path, p?.line]).toEqual(["NRS_NEGATIVE", ["purchases", 0, "amount"], 7]);
    }
    expect(() => computeIndicators({ events: [{ date: "2024-13-01" } as never] }, { year: 2024 })).toThrowError();
    expect(() => computeIndicators({ openData: "x" as never }, { year: 2024 })).toThrowError(/must be a list/);
    expect(computeIndicators({ purchases: bad }, { year: 2024, validate: false }).values.length).toBeGreaterThanOrEqual(0);
  });

  it("reports an RGESN evaluation with a forbidden « Non applicable » as a problem and leaves it out", () => {
    const r = computeIndicators(
      {
        rgesn: [
          ...catalogueOfRgesn("ok", () => "VALIDE"),
          { service: "bad", date: "2024-01-01", criterion: "1.1", status: "NON_APPLICABLE", line: 9 },
        ],
      },
      { year: 2024 },
    );
    expect(r.problems.map((p) => p.code)).toEqual(["NRS_RGESN_NA_FORBIDDEN"]);
    expect(r.problems[0]?.line).toBe(9);
    expect(val(r, "score-rgesn-moyen")?.value.toString()).toBe("100");
  });
});
