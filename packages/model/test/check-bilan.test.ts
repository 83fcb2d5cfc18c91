import { describe, expect, it } from "vitest";
import { checkBilan, COMPLIANCE_RULES } from "../src/index.js";
import { bilan, epci, strategie } from "./helpers/documents.js";
import { asBilan, asCollectivite, asStrategie } from "./helpers/parsed.js";
import { BILAN_CASES } from "./helpers/rule-cases.js";

describe("checkBilan", () => {
  it("finds nothing in a complete bilan", () => {
    expect(checkBilan(asBilan(bilan()), { strategie: asStrategie(strategie()), collectivite: asCollectivite(epci()) })).toEqual([]);
  });

  it.each(BILAN_CASES)("%s", (code, mutate, path) => {
    const b = bilan();
    const s = strategie();
    mutate(b, s);
    const findings = checkBilan(asBilan(b), { strategie: asStrategie(s), collectivite: asCollectivite(epci()) });
    const f = findings.find((x) => x.code === code);
    expect(f, JSON.stringify(findings.map((x) => x.code))).toBeDefined();
    expect(f?.path).toEqual(path);
    const rule = COMPLIANCE_RULES[code as keyof typeof COMPLIANCE_RULES];
    expect(f?.severity).toBe(rule.severity);
    expect(f?.ref).toBe(rule.ref);
  });

  it("a missing target value names the indicator, the objective and the year", () => {
    const b = bilan();
    b.valeurs = b.valeurs.filter((v) => v.indicateur !== "i3");
    const f = checkBilan(asBilan(b), { strategie: asStrategie(strategie()) }).filter((x) => x.code === "NRS_BILAN_MISSING_TARGET_VALUE");
    expect(f).toHaveLength(1);
    expect(f[0]?.message.en).toContain("i3, O3, 2025");
  });

  it("indicators computed elsewhere (indicateursCalcules) are not reported missing", () => {
    const b = bilan();
    b.valeurs = [];
    const codes = checkBilan(asBilan(b), {
      strategie: asStrategie(strategie()),
      indicateursCalcules: ["i1", "i2", "i3", "i4", "i5", "i6"],
    }).map((f) => f.code);
    expect(codes).not.toContain("NRS_BILAN_MISSING_TARGET_VALUE");
  });

  it("a target of another year does not require a value this year", () => {
    const s = strategie();
    s.objectifs.forEach((o) => {
      o.cibles[0]!.anneeCible = 2027;
    });
    const b = bilan();
    b.valeurs = [];
    const codes = checkBilan(asBilan(b), { strategie: asStrategie(s) }).map((f) => f.code);
    expect(codes).not.toContain("NRS_BILAN_MISSING_TARGET_VALUE");
    expect(codes.filter((c) => c === "NRS_BILAN_NO_VALUE")).toHaveLength(6);
  });

  it("a stock read on 1 January of the next year belongs to the year", () => {
    const b = bilan();
    b.valeurs[0]!.nature = "STOCK";
    delete b.valeurs[0]!.dateDebut;
    b.valeurs[0]!.date = "2026-01-01";
    expect(checkBilan(asBilan(b)).map((f) => f.code)).not.toContain("NRS_BILAN_VALUE_OUTSIDE_YEAR");
  });

  it("member communes by INSEE code and 'epci' are known entities", () => {
    const b = bilan();
    b.valeurs[0]!.entite = "epci";
    b.valeurs[1]!.entite = "2A901";
    expect(checkBilan(asBilan(b), { collectivite: asCollectivite(epci()) }).map((f) => f.code)).not.toContain("NRS_BILAN_UNKNOWN_ENTITY");
  });

  it("without a strategy only the bilan's own consistency is checked", () => {
    const b = bilan();
    b.valeurs[0]!.indicateur = "pas-defini";
    expect(checkBilan(asBilan(b))).toEqual([]);
  });

  it("a measure 'à faire' with progress above zero is inconsistent", () => {
    const b = bilan();
    b.avancementMesures[0] = { mesure: "M1", statut: "A_FAIRE", avancementPct: 10 };
    expect(checkBilan(asBilan(b)).map((f) => f.code)).toContain("NRS_BILAN_PROGRESS_INCONSISTENT");
    b.avancementMesures[0] = { mesure: "M1", statut: "FINI", avancementPct: 100 };
    expect(checkBilan(asBilan(b)).map((f) => f.code)).not.toContain("NRS_BILAN_PROGRESS_INCONSISTENT");
    b.avancementMesures[0] = { mesure: "M1", statut: "FINI", avancementPct: "100.000" };
    expect(checkBilan(asBilan(b)).map((f) => f.code)).not.toContain("NRS_BILAN_PROGRESS_INCONSISTENT");
  });

  it("compares progress with 100 exactly: 99.99999999999999999 % is not finished", () => {
    const b = bilan();
    b.avancementMesures[0] = { mesure: "M1", statut: "FINI", avancementPct: "99.99999999999999999" };
    const f = checkBilan(asBilan(b)).find((x) => x.code === "NRS_BILAN_PROGRESS_INCONSISTENT");
    expect(f?.message.en).toContain("99.99999999999999999 %");
    b.avancementMesures[0] = { mesure: "M1", statut: "EN_COURS", avancementPct: "1e2" };
    expect(checkBilan(asBilan(b)).map((x) => x.code)).toContain("NRS_BILAN_PROGRESS_INCONSISTENT");
  });
});
