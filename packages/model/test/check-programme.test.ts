import { describe, expect, it } from "vitest";
import { checkProgramme, COMPLIANCE_RULES } from "../src/index.js";
import { commune, OTHER_SIREN, programme } from "./helpers/documents.js";
import { PROGRAMME_CASES } from "./helpers/rule-cases.js";
import { asCollectivite, asProgramme } from "./helpers/parsed.js";

describe("checkProgramme", () => {
  it("finds nothing in a complete programme adopted on time", () => {
    expect(checkProgramme(asProgramme(programme()), { collectivite: asCollectivite(commune()) })).toEqual([]);
  });

  it.each(PROGRAMME_CASES)("%s", (code, mutate, path) => {
    const doc = programme();
    mutate(doc);
    const findings = checkProgramme(asProgramme(doc));
    const f = findings.find((x) => x.code === code);
    expect(f, JSON.stringify(findings)).toBeDefined();
    expect(f?.path).toEqual(path);
    const rule = COMPLIANCE_RULES[code as keyof typeof COMPLIANCE_RULES];
    expect(f?.severity).toBe(rule.severity);
    expect(f?.ref).toBe(rule.ref);
    expect(f?.message.fr).not.toBe(f?.message.en);
  });

  it("adopted exactly on 1 January 2023 is on time (« au plus tard »)", () => {
    const doc = programme();
    doc.adoption!.date = "2023-01-01";
    expect(checkProgramme(asProgramme(doc)).map((f) => f.code)).not.toContain("NRS_PROG_LATE");
  });

  it("late adoption is a warning and says when", () => {
    const doc = programme();
    doc.adoption!.date = "2023-06-30";
    const f = checkProgramme(asProgramme(doc)).find((x) => x.code === "NRS_PROG_LATE");
    expect(f?.severity).toBe("warning");
    expect(f?.message.fr).toContain("2023-06-30");
  });

  it("does not judge deadlines for a collectivité below the SNR threshold", () => {
    const doc = programme();
    delete doc.adoption;
    const small = commune();
    small.population.valeur = 50000;
    const codes = checkProgramme(asProgramme(doc), { collectivite: asCollectivite(small) }).map((f) => f.code);
    expect(codes).not.toContain("NRS_PROG_NOT_ADOPTED");
    const big = commune();
    big.population.valeur = 50001;
    expect(checkProgramme(asProgramme(doc), { collectivite: asCollectivite(big) }).map((f) => f.code)).toContain("NRS_PROG_NOT_ADOPTED");
  });

  it("flags a SIREN that is not the collectivité's", () => {
    const doc = programme();
    doc.collectivite.siren = OTHER_SIREN;
    const f = checkProgramme(asProgramme(doc), { collectivite: asCollectivite(commune()) });
    expect(f.map((x) => [x.code, x.path])).toContainEqual(["NRS_COLLECTIVITE_MISMATCH", ["collectivite", "siren"]]);
  });
});
