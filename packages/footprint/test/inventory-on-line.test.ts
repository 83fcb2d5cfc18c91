import { describe, expect, it } from "vitest";
import { computeInventoryFootprint, parseInventoryCsv, type InventoryLineView } from "@nrs/footprint";

const CSV =
  "type;quantite;date_acquisition;date_sortie;entite;site\n" +
  "ecran;4;2021-03-01;;26901;ecoles\n" +
  "ecran;x;2021-03-01;;26901;\n" +
  "tablette;2;;2024-06-01;;\n" +
  "inconnu_sans_duree;1;2022-01-01;;epci;\n";

/** Copies each view (the reader hands the same object again and again). */
function collect(): { seen: InventoryLineView[]; onLine: (l: InventoryLineView) => void } {
  const seen: InventoryLineView[] = [];
  const copy = (l: InventoryLineView): InventoryLineView => ({
    line: l.line,
    type: l.type,
    quantity: l.quantity,
    acquisitionDate: l.acquisitionDate,
    retirementDate: l.retirementDate,
    entity: l.entity,
    site: l.site,
  });
  return { seen, onLine: (l) => seen.push(copy(l)) };
}

describe("onLine: every good line, in file order, without keeping the lines", () => {
  it("computeInventoryFootprint hands the lines the groups count (bad and unallocated lines left out)", async () => {
    const { seen, onLine } = collect();
    const r = await computeInventoryFootprint(CSV, { reportingYear: 2024, onLine });
    expect(seen.map((l) => l.line)).toEqual([2, 4]);
    expect(seen[0]).toEqual({
      line: 2,
      type: "ecran",
      quantity: 4,
      acquisitionDate: "2021-03-01",
      retirementDate: undefined,
      entity: "26901",
      site: "ecoles",
    });
    expect(seen.reduce((a, l) => a + l.quantity, 0)).toBe(r.stats.quantity);
  });

  it("parseInventoryCsv calls it with keepItems false too, for the same lines items would hold", async () => {
    const kept = await parseInventoryCsv(CSV, { keepItems: true });
    const { seen, onLine } = collect();
    const streamed = await parseInventoryCsv(CSV, { keepItems: false, onLine });
    expect(streamed.items).toEqual([]);
    expect(seen.map((l) => [l.line, l.type, l.quantity, l.entity, l.site])).toEqual(
      kept.items.map((i) => [i.line, i.type, i.quantity, i.entity ?? "", i.site ?? ""]),
    );
  });

  it("is called for the kept items of an items input", async () => {
    const { seen, onLine } = collect();
    await computeInventoryFootprint({ items: [{ line: 7, type: "ecran", quantity: 3, origin: "neuf" }] }, { reportingYear: 2024, onLine });
    expect(seen).toEqual([
      { line: 7, type: "ecran", quantity: 3, acquisitionDate: undefined, retirementDate: undefined, entity: "", site: "" },
    ]);
  });
});
