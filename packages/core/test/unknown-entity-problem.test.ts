import { describe, expect, it } from "vitest";
import { unknownEntityProblem } from "../src/unknown-entity-problem.js";

describe("unknownEntityProblem", () => {
  it("names the value and every allowed entity when the list is short", () => {
    const p = unknownEntityProblem("26999", ["epci", "26901"], { path: ["entity"], line: 3, column: 7 });
    expect(p).toMatchObject({ code: "NRS_UNKNOWN_ENTITY", severity: "error", path: ["entity"], line: 3, column: 7 });
    expect(p.message.fr).toBe(
      "Entité « 26999 » non déclarée (attendu : epci, 26901) : déclarez-la dans collectivite.json (entitesLiees, servicesPartages) ou corrigez la cellule ; la ligne n'est pas comptée.",
    );
    expect(p.message.en).toContain('"26999" is not declared (expected: epci, 26901)');
  });

  it("lists the first eight then counts the others", () => {
    const known = Array.from({ length: 20 }, (_, i) => String(26900 + i));
    const p = unknownEntityProblem("x", known, { path: [], line: 1, column: 1 });
    expect(p.message.en).toContain("26907… and 12 more");
    expect(p.message.en).not.toContain("26908");
    expect(p.message.fr).toContain("et 12 autre(s)");
  });

  it("says none for an empty list", () => {
    expect(unknownEntityProblem("x", [], { path: [], line: 1, column: 1 }).message.en).toContain("(expected: none)");
  });
});
