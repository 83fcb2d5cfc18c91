import { describe, expect, it } from "vitest";
import { parseInventoryCsv } from "../src/inventory/parse-inventory-csv.js";
import { parseInventoryJson } from "../src/inventory/parse-inventory-json.js";

describe("parseInventoryJson", () => {
  it("reads the same inventory as the CSV form, with paths instead of lines", async () => {
    const csv =
      "type;quantite;date_acquisition;duree_vie_annees;consommation_kwh_an;entite\necran;3;2022-01-10;6;;epci\nsmartphone;-2;;;;26901\ntablette;4;2023-09-01;;12,5;26901\n";
    const fromCsv = await parseInventoryCsv(csv, { reportingYear: 2024, defaultLifetimes: { tablette: 3 } });
    const fromJson = parseInventoryJson(
      [
        { type: "ecran", quantite: 3, date_acquisition: "2022-01-10", duree_vie_annees: 6, entite: "epci" },
        { type: "smartphone", quantity: -2, entity: "26901" },
        { device_type: "tablet", qty: "4", acquisition_date: "2023-09-01", annual_kwh: "12.5", entite: "26901" },
      ],
      { reportingYear: 2024, defaultLifetimes: { tablette: 3 } },
    );
    expect(fromJson.items.map((i) => ({ ...i, line: 0 }))).toEqual(fromCsv.items.map((i) => ({ ...i, line: 0 })));
    expect(fromJson.problems.map((p) => [p.code, p.path])).toEqual([["NRS_NEGATIVE", [1, "quantite"]]]);
    expect(fromJson.problems[0]?.line).toBeUndefined();
    expect(fromJson.stats).toEqual(fromCsv.stats);
    expect(fromJson.groups?.groups.map((g) => ({ ...g, firstLine: 0 }))).toEqual(
      fromCsv.groups?.groups.map((g) => ({ ...g, firstLine: 0 })),
    );
  });

  it("accepts { equipements: [...] } and warns when it is empty", () => {
    expect(parseInventoryJson({ equipements: [{ type: "ecran", quantite: 1 }] }).items).toHaveLength(1);
    const r = parseInventoryJson({ equipements: [] });
    expect([r.ok, r.problems.map((p) => p.code)]).toEqual([true, ["NRS_INVENTORY_NO_ROWS"]]);
  });

  it("refuses what is not a list, objects that are not objects, values that are neither text nor number, and a key given twice", () => {
    expect(parseInventoryJson("inventaire").problems.map((p) => p.code)).toEqual(["NRS_INVENTORY_NOT_A_LIST"]);
    const r = parseInventoryJson([
      5,
      { type: "ecran", quantite: { n: 1 } },
      { type: "ecran", quantite: 1, quantity: 1 },
      { type: "ecran", quantite: 2 },
    ]);
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ["NRS_INVALID_TYPE", [0]],
      ["NRS_INVENTORY_DUPLICATE_COLUMN", [2, "quantity"]],
      ["NRS_INVALID_TYPE", [1, "quantite"]],
    ]);
    expect(r.items.map((i) => i.quantity)).toEqual([2]);
    expect(r.stats).toMatchObject({ records: 4, goodRows: 1, badRows: 3 });
  });

  it("reports missing required keys with their column name", () => {
    expect(parseInventoryJson([{ entite: "epci" }]).problems.map((p) => [p.code, p.path])).toEqual([
      ["NRS_INVENTORY_MISSING_COLUMN", ["type"]],
      ["NRS_INVENTORY_MISSING_COLUMN", ["quantite"]],
    ]);
  });
});
