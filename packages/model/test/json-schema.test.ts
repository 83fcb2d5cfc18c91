import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildJsonSchemas } from "../scripts/json-schema.js";

describe("JSON Schema generation", () => {
  const schemas = buildJsonSchemas();

  it("writes one schema per top-level document", () => {
    expect(Object.keys(schemas).sort()).toEqual([
      "bilan-annuel.schema.json",
      "collectivite.schema.json",
      "programme-de-travail.schema.json",
      "strategie.schema.json",
      "territoire.schema.json",
    ]);
  });

  it("describes territoire.json: closed objects, the two data-centre countings", () => {
    const t = JSON.parse(schemas["territoire.schema.json"] ?? "{}");
    expect(t.additionalProperties).toBe(false);
    expect(t.properties.centresDeDonnees.properties.comptage.enum).toEqual(["usage", "implantation"]);
    expect(t.properties.menages.type).toBe("integer");
  });

  it("describes the input side: decimals are numbers or decimal strings, objects are closed", () => {
    const s = JSON.parse(schemas["strategie.schema.json"] ?? "{}");
    expect(s.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    // the $id is the file's published address: the npm package of this very version
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(s.$id).toBe(`https://unpkg.com/@nrs/model@${version}/schema/strategie.schema.json`);
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(["collectivite", "version", "periode", "objectifs", "indicateurs", "mesures"]);
    const budget = s.properties.moyens.properties.budgetEuros;
    expect(budget.anyOf.map((b: { type: string }) => b.type)).toEqual(["number", "string"]);
    expect(s.properties.adoption.properties.date.format).toBe("date");
    expect(s.properties.objectifs.items.properties.axe.enum).toContain("TERRITOIRE_CONNECTE_DONNEES");
  });

  it("leaves no 'anything goes' branch", () => {
    for (const text of Object.values(schemas)) expect(text).not.toMatch(/\{\s*\}/);
  });

  it("carries the SIREN and INSEE patterns", () => {
    const c = JSON.parse(schemas["collectivite.schema.json"] ?? "{}");
    expect(c.properties.siren.pattern).toBe("^[0-9]{9}$");
    expect(new RegExp(c.properties.communesMembres.items.properties.codeInsee.pattern).test("2A004")).toBe(true);
  });
});
