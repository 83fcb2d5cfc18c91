import { describe, expect, it } from "vitest";
import {
  parseEcoIndexCsv,
  parseEventsCsv,
  parseOpenDataCsv,
  parsePurchasesCsv,
  parseRetirementsCsv,
  parseRgaaCsv,
  parseRgesnCsv,
} from "../src/index.js";

const PURCHASES =
  "date;categorie;montant_ht;entite\n2025-03-12;informatique;1200;epci\n2025-04-02;informatique;800;26999\n2025-05-02;informatique;300;\n";

describe("readRecordsCsv knownEntities", () => {
  it("refuses the record of an undeclared entity, with an error at its cell", async () => {
    const r = await parsePurchasesCsv(PURCHASES, { knownEntities: ["epci", "26901"] });
    expect(r.ok).toBe(false);
    expect(r.records.map((p) => [p.line, p.entity, p.amount.toString()])).toEqual([
      [2, "epci", "1200"],
      [4, undefined, "300"],
    ]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: "NRS_UNKNOWN_ENTITY", severity: "error", path: ["entity"], line: 3, column: 29 });
    expect(r.problems[0]?.message.fr).toContain("« 26999 »");
    expect(r.problems[0]?.message.en).toContain("expected: epci, 26901");
  });

  it("accepts any entity without the option", async () => {
    const r = await parsePurchasesCsv(PURCHASES);
    expect(r.problems).toEqual([]);
    expect(r.records).toHaveLength(3);
  });

  it("does not add the entity error to a record left out for another error", async () => {
    const r = await parsePurchasesCsv("entite;date;categorie;montant_ht\n26999;2025-03-12;informatique;beaucoup\n", {
      knownEntities: ["epci"],
    });
    expect(r.problems.map((p) => p.code)).toEqual(["NRS_NOT_A_NUMBER"]);
  });

  it("is applied by every yearly parser", async () => {
    const o = { knownEntities: ["epci"] };
    const results = await Promise.all([
      parseRetirementsCsv(
        "entite;type;quantite;date_reforme;date_sortie;destination\nX1;ordinateur_portable;2;2025-05-01;2025-06-01;DON\n",
        o,
      ),
      parseEventsCsv("entite;date;type;public;participants\nX1;2025-01-10;atelier;agents;8\n", o),
      parseRgesnCsv("entite;service;date_evaluation;critere;statut\nX1;site;2025-02-01;1.1;conforme\n", o),
      parseRgaaCsv("entite;service;date_audit;conformes;non_conformes\nX1;site;2025-02-01;45;5\n", o),
      parseEcoIndexCsv("entite;url;date;score\nX1;https://example.org;2025-02-01;55\n", o),
      parseOpenDataCsv("entite;jeu_de_donnees;publie\nX1;Délibérations;oui\n", o),
    ]);
    for (const r of results) {
      expect(r.problems.map((p) => [p.code, p.severity, p.line, p.column])).toEqual([["NRS_UNKNOWN_ENTITY", "error", 2, 1]]);
      expect(r.records).toHaveLength(0);
    }
  });
});
