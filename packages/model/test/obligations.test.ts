import { NrsError, type DecimalInput } from "@nrs/core";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { obligations, OBLIGATIONS_DEFAULTS, REFERENCES, type CollectiviteInput, type TypePopulation } from "../src/index.js";
import { commune, epci } from "./helpers/documents.js";
import { asCollectivite } from "./helpers/parsed.js";

/** A commune of `valeur` inhabitants; `agentsEtp: null` leaves the agent count out. */
function withPopulation(valeur: number, type: TypePopulation = "totale", agentsEtp: CollectiviteInput["agentsEtp"] | null = 700) {
  const c = commune();
  c.population = { valeur, type, millesime: 2021 };
  if (agentsEtp === null) delete c.agentsEtp;
  else c.agentsEtp = agentsEtp;
  return asCollectivite(c);
}
const get = (list: ReturnType<typeof obligations>, code: string) => {
  const o = list.find((x) => x.code === code);
  if (!o) throw new Error(`no ${code}`);
  return o;
};

describe("obligations", () => {
  it("SNR applies strictly above 50,000 inhabitants", () => {
    expect(get(obligations(withPopulation(50000), { on: "2025-06-01" }), "SNR").applicable).toBe(false);
    expect(get(obligations(withPopulation(50001), { on: "2025-06-01" }), "SNR").applicable).toBe(true);
  });

  it("the SNR threshold is a parameter", () => {
    expect(get(obligations(withPopulation(50001), { on: "2025-06-01", seuilSnr: 60000 }), "SNR").applicable).toBe(false);
  });

  it("an EPCI is judged on its own population", () => {
    const snr = get(obligations(asCollectivite(epci()), { on: "2024-01-01" }), "SNR");
    expect(snr.applicable).toBe(true);
    expect(snr.ref).toContain("art. 35");
  });

  it("programme due 2023-01-01 and strategy 2025-01-01: statuses on a date", () => {
    const c = withPopulation(120000);
    const before = get(obligations(c, { on: "2022-06-01" }), "SNR").echeances;
    expect(before.map((e) => [e.code, e.date, e.statut])).toEqual([
      ["PROGRAMME_DE_TRAVAIL", "2023-01-01", "A_VENIR"],
      ["STRATEGIE", "2025-01-01", "A_VENIR"],
      ["BILAN_ANNUEL", undefined, "PERIODIQUE"],
    ]);
    const after = get(obligations(c, { on: "2025-01-02" }), "SNR").echeances;
    expect(after.slice(0, 2).map((e) => [e.statut, e.enRetard])).toEqual([
      ["EN_RETARD", true],
      ["EN_RETARD", true],
    ]);
    const onDue = get(obligations(c, { on: "2023-01-01" }), "SNR").echeances;
    expect(onDue[0]?.statut).toBe("A_VENIR");
  });

  it("tells whether a given adoption was late", () => {
    const c = withPopulation(120000);
    const e = get(obligations(c, { on: "2025-06-01", adoptions: { programme: "2023-01-01", strategie: "2025-01-15" } }), "SNR").echeances;
    expect(e[0]).toMatchObject({ code: "PROGRAMME_DE_TRAVAIL", adoptee: "2023-01-01", statut: "RESPECTEE", enRetard: false });
    expect(e[1]).toMatchObject({ code: "STRATEGIE", adoptee: "2025-01-15", statut: "ADOPTEE_EN_RETARD", enRetard: true });
  });

  it("the bilan annuel is yearly, before the budget debate, from the configurable start date", () => {
    const e = get(obligations(withPopulation(120000), { on: "2025-06-01", debutBilanAnnuel: "2026-01-01" }), "SNR").echeances[2];
    expect(e?.quand?.fr).toContain("2026-01-01");
    expect(e?.quand?.fr).toContain("budget");
  });

  it("open data: at least 3,500 inhabitants and 50 FTE, both inclusive; unknown agents give undefined", () => {
    expect(get(obligations(withPopulation(3500, "totale", 50), { on: "2025-01-01" }), "OPEN_DATA").applicable).toBe(true);
    expect(get(obligations(withPopulation(3499, "totale", 500), { on: "2025-01-01" }), "OPEN_DATA").applicable).toBe(false);
    expect(get(obligations(withPopulation(9000, "totale", "49.9"), { on: "2025-01-01" }), "OPEN_DATA").applicable).toBe(false);
    const unknown = get(obligations(withPopulation(9000, "totale", null), { on: "2025-01-01" }), "OPEN_DATA");
    expect(unknown.applicable).toBeUndefined();
    expect(unknown.motif.en).toContain("unknown");
    expect(
      get(obligations(withPopulation(9000, "totale", 60), { on: "2025-01-01", seuilOpenDataAgents: 100 }), "OPEN_DATA").applicable,
    ).toBe(false);
  });

  it("compares the agent count with the threshold exactly, as decimal strings", () => {
    const od = (agents: CollectiviteInput["agentsEtp"] | null, seuil?: DecimalInput) =>
      get(
        obligations(withPopulation(9000, "totale", agents), {
          on: "2025-01-01",
          ...(seuil === undefined ? {} : { seuilOpenDataAgents: seuil }),
        }),
        "OPEN_DATA",
      );
    // A float would read 49.99999999999999999999 as 50.
    expect(od("49.99999999999999999999").applicable).toBe(false);
    expect(od("50.000").applicable).toBe(true);
    expect(od(60, new Decimal("60.0000000000000000001")).applicable).toBe(false);
    expect(od("1e2", 1e2).applicable).toBe(true);
    expect(od(null, "12.50").motif.fr).toContain("12.5 agents ETP");
    try {
      od(60, "cinquante");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NrsError);
      expect((e as NrsError).problems[0]).toMatchObject({ code: "NRS_NOT_A_NUMBER", path: ["seuilOpenDataAgents"] });
    }
  });

  it("warns when the population kind is not the one the threshold reads", () => {
    const snr = get(obligations(withPopulation(60000, "municipale"), { on: "2025-01-01" }), "SNR");
    expect(snr.avertissements).toHaveLength(1);
    expect(snr.avertissements[0]?.fr).toContain("municipale");
    const asked = get(obligations(withPopulation(60000, "municipale"), { on: "2025-01-01", populationRetenue: "municipale" }), "SNR");
    expect(asked.avertissements).toEqual([]);
  });

  it("décret 2023-266 targets: 25 % (2023), 35 % (2024), 50 % from 2025; not before 15 April 2023", () => {
    const c = withPopulation(120000);
    const t = (on: string) => get(obligations(c, { on }), "REEMPLOI_2023_266");
    expect(t("2023-04-14").applicable).toBe(false);
    expect(t("2023-04-15").cible?.valeurPct).toBe("25");
    expect(t("2024-07-01").cible?.valeurPct).toBe("35");
    expect(t("2031-01-01").cible?.valeurPct).toBe("50");
    expect(t("2024-07-01").ref).toBe(REFERENCES.decret2023266);
  });

  it("AGEC art. 58: since 2021, yearly declaration by 30 June, rate as a parameter", () => {
    const c = withPopulation(120000);
    const a = get(obligations(c, { on: "2025-03-01" }), "AGEC_58");
    expect(a.applicable).toBe(true);
    expect(a.echeances[0]).toMatchObject({ code: "DECLARATION_AGEC_58", date: "2025-06-30" });
    expect(a.cible?.valeurPct).toBe(String(OBLIGATIONS_DEFAULTS.tauxAgec58Pct));
    expect(get(obligations(c, { on: "2025-03-01", tauxAgec58Pct: "30.0" }), "AGEC_58").cible?.valeurPct).toBe("30");
    expect(get(obligations(c, { on: "2020-12-31" }), "AGEC_58").applicable).toBe(false);
  });

  it("RGAA applies to every public body, whatever its size", () => {
    expect(get(obligations(withPopulation(100), { on: "2025-01-01" }), "RGAA").applicable).toBe(true);
  });

  it("accepts a Date and refuses a bad date with NrsError", () => {
    const c = withPopulation(120000);
    expect(get(obligations(c, { on: new Date(Date.UTC(2025, 5, 1)) }), "SNR").applicable).toBe(true);
    expect(() => obligations(c, { on: "2025-02-30" })).toThrow(NrsError);
    expect(() => obligations(c, { on: new Date(Number.NaN) })).toThrow(NrsError);
    expect(() => obligations(c, { on: "2025-06-01", adoptions: { strategie: "hier" } })).toThrow(NrsError);
  });

  it("every obligation has a legal reference and bilingual texts", () => {
    for (const o of obligations(withPopulation(120000), { on: "2025-01-01" })) {
      expect(o.ref.length).toBeGreaterThan(5);
      expect(o.libelle.fr).not.toBe("");
      expect(o.motif.en).not.toBe("");
    }
  });
});
