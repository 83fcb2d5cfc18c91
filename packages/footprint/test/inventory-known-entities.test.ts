import { describe, expect, it } from "vitest";
import { computeInventoryFootprint, glpiColumnMapping, parseInventoryCsv, parseInventoryJson } from "../src/index.js";

const CSV = "type;quantite;entite\necran;1;epci\necran;2;26999\necran;3;\n";

describe("knownEntities", () => {
  it("refuses the line of an undeclared entity, with an error at its cell", async () => {
    const r = await parseInventoryCsv(CSV, { knownEntities: ["epci", "26901"] });
    expect(r.ok).toBe(false);
    expect(r.items.map((i) => [i.quantity, i.entity])).toEqual([
      [1, "epci"],
      [3, undefined],
    ]);
    expect(r.stats.badRows).toBe(1);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: "NRS_UNKNOWN_ENTITY", severity: "error", path: ["entite"], line: 3, column: 9 });
    expect(r.problems[0]?.message.fr).toContain("« 26999 »");
    expect(r.problems[0]?.message.en).toContain("expected: epci, 26901");
  });

  it("accepts any entity without the option", async () => {
    const r = await parseInventoryCsv(CSV);
    expect(r.problems).toEqual([]);
    expect(r.items).toHaveLength(3);
  });

  it("checks the entity after a mapping's translation", async () => {
    const csv = "Type;Entity\nMonitor;Racine > Mairie\nMonitor;Racine > Piscine\n";
    const mapping = glpiColumnMapping({
      types: { Monitor: "ecran" },
      entities: { "Racine > Mairie": "26901", "Racine > Piscine": "26999" },
    });
    const r = await parseInventoryCsv(csv, { mapping, knownEntities: ["epci", "26901"] });
    expect(r.problems.filter((p) => p.code === "NRS_UNKNOWN_ENTITY").map((p) => [p.line, p.message.en.slice(0, 24)])).toEqual([
      [3, 'Entity "26999" is not de'],
    ]);
    expect(r.items).toHaveLength(1);
  });

  it("passes through computeInventoryFootprint, the line left out of every total", async () => {
    const r = await computeInventoryFootprint(CSV, { reportingYear: 2025, knownEntities: ["epci"] });
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([["NRS_UNKNOWN_ENTITY", 3]]);
    expect(Object.keys(r.byEntity)).not.toContain("26999");
    expect(r.stats.quantity).toBe(4);
  });

  it("refuses in the JSON form too, at the object's index", () => {
    const r = parseInventoryJson([{ type: "ecran", quantite: 1, entite: "26999" }], { knownEntities: ["epci"] });
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([["NRS_UNKNOWN_ENTITY", [0, "entite"]]]);
    expect(r.items).toHaveLength(0);
  });
});
