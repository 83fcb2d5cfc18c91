import { describe, expect, it } from "vitest";
import { checkStrategy, COMPLIANCE_RULES } from "../src/index.js";
import { commune, OTHER_SIREN, programme, strategie } from "./helpers/documents.js";
import { STRATEGY_CASES } from "./helpers/rule-cases.js";
import { asCollectivite, asProgramme, asStrategie } from "./helpers/parsed.js";

describe("checkStrategy", () => {
  it("finds nothing in a complete strategy adopted on time", () => {
    const findings = checkStrategy(asStrategie(strategie()), {
      collectivite: asCollectivite(commune()),
      programme: asProgramme(programme()),
    });
    expect(findings).toEqual([]);
  });

  it.each(STRATEGY_CASES)("%s", (code, mutate, path) => {
    const doc = strategie();
    mutate(doc);
    const findings = checkStrategy(asStrategie(doc));
    const f = findings.find((x) => x.code === code);
    expect(f, JSON.stringify(findings.map((x) => x.code))).toBeDefined();
    expect(f?.path).toEqual(path);
    const rule = COMPLIANCE_RULES[code as keyof typeof COMPLIANCE_RULES];
    expect(f?.severity).toBe(rule.severity);
    expect(f?.ref).toBe(rule.ref);
  });

  it("an objective followed only by an indicator without target has an indicator", () => {
    const doc = strategie();
    doc.objectifs[1]!.cibles = [];
    doc.objectifs[1]!.indicateurs = ["i2"];
    expect(checkStrategy(asStrategie(doc)).map((f) => f.code)).not.toContain("NRS_STRAT_OBJECTIVE_NO_INDICATOR");
  });

  it("an undefined follow-up indicator (no target) is flagged at its own path", () => {
    const doc = strategie();
    doc.objectifs[1]!.indicateurs = ["i2", "absent"];
    const f = checkStrategy(asStrategie(doc)).filter((x) => x.code === "NRS_STRAT_INDICATOR_UNDEFINED");
    expect(f.map((x) => x.path)).toEqual([["objectifs", 1, "indicateurs", 1]]);
  });

  it("a target in the baseline year is not 'before' it; one year earlier is", () => {
    const doc = strategie();
    doc.objectifs[0]!.cibles[0]!.anneeCible = 2023;
    expect(checkStrategy(asStrategie(doc)).map((f) => f.code)).not.toContain("NRS_STRAT_TARGET_BEFORE_BASELINE");
  });

  it("a reduction indicator (BAISSE) accepts a lower target and flags a higher one", () => {
    const doc = strategie();
    doc.indicateurs[0]!.sens = "BAISSE";
    doc.objectifs[0]!.cibles[0]!.valeurCible = 5;
    expect(checkStrategy(asStrategie(doc)).map((f) => f.code)).not.toContain("NRS_STRAT_TARGET_DIRECTION");
    doc.objectifs[0]!.cibles[0]!.valeurCible = "10.0001";
    expect(checkStrategy(asStrategie(doc)).map((f) => f.code)).toContain("NRS_STRAT_TARGET_DIRECTION");
  });

  it("compares target and baseline exactly, beyond float precision, and states both in canonical form", () => {
    const doc = strategie();
    doc.indicateurs[0]!.sens = "HAUSSE";
    doc.objectifs[0]!.cibles[0]!.valeurReference = "0.30000000000000000001";
    doc.objectifs[0]!.cibles[0]!.valeurCible = 0.3;
    const f = checkStrategy(asStrategie(doc)).find((x) => x.code === "NRS_STRAT_TARGET_DIRECTION");
    expect(f?.message.en).toContain("0.30000000000000000001 → 0.3");
    doc.objectifs[0]!.cibles[0]!.valeurCible = "3e-1";
    doc.objectifs[0]!.cibles[0]!.valeurReference = "0.300";
    expect(checkStrategy(asStrategie(doc)).map((x) => x.code)).not.toContain("NRS_STRAT_TARGET_DIRECTION");
  });

  it("means given only in words count as means", () => {
    const doc = strategie();
    doc.moyens = { description: "Une cheffe de projet à mi-temps" };
    expect(checkStrategy(asStrategie(doc)).map((f) => f.code)).not.toContain("NRS_STRAT_NO_MEANS");
    doc.moyens = { autres: [] };
    expect(checkStrategy(asStrategie(doc)).map((f) => f.code)).toContain("NRS_STRAT_NO_MEANS");
  });

  it("reports each uncovered axis once, with its number", () => {
    const doc = strategie();
    doc.objectifs = doc.objectifs.slice(0, 2);
    const f = checkStrategy(asStrategie(doc)).filter((x) => x.code === "NRS_STRAT_AXIS_NOT_COVERED");
    expect(f.map((x) => x.message.fr.match(/\((\d)°/)?.[1])).toEqual(["3", "4", "5", "6"]);
    expect(f.every((x) => x.severity === "info")).toBe(true);
  });

  it("flags a strategy adopted before its programme de travail", () => {
    const p = programme();
    p.adoption!.date = "2025-03-01";
    const f = checkStrategy(asStrategie(strategie()), { programme: asProgramme(p) });
    expect(f.map((x) => [x.code, x.path])).toContainEqual(["NRS_STRAT_BEFORE_PROGRAMME", ["adoption", "date"]]);
  });

  it("flags a SIREN that is not the collectivité's", () => {
    const doc = strategie();
    doc.collectivite.siren = OTHER_SIREN;
    const f = checkStrategy(asStrategie(doc), { collectivite: asCollectivite(commune()) });
    expect(f.map((x) => x.code)).toContain("NRS_COLLECTIVITE_MISMATCH");
  });

  it("adopted on 1 January 2025 is on time, the next day is late (warning)", () => {
    const doc = strategie();
    doc.adoption!.date = "2025-01-01";
    expect(checkStrategy(asStrategie(doc)).map((f) => f.code)).not.toContain("NRS_STRAT_LATE");
    doc.adoption!.date = "2025-01-02";
    const late = checkStrategy(asStrategie(doc)).find((f) => f.code === "NRS_STRAT_LATE");
    expect(late?.severity).toBe("warning");
  });
});
