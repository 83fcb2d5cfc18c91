import fc from "fast-check";
import { parseCsvText, NrsError } from "@nrs/core";
import { describe, expect, it } from "vitest";
import { AGEC58_FIELDS, neutraliseCsvFormula, OPEN_DATA_FIELDS, toAgec58Csv, toOpenDataCsv, writeCsv } from "../src/index.js";
import { loadCsvFixtures } from "./support/fixture.js";

function cellsOf(csv: string): string[][] {
  return parseCsvText(csv, { delimiter: "," }).map((r) => [...r.cells]);
}

describe("CSV writer", () => {
  it("neutralises the formula starters =, +, -, @, tab, CR and LF, and nothing else", () => {
    for (const c of ["=", "+", "-", "@", "\t", "\r", "\n"]) expect(neutraliseCsvFormula(c + "1")).toBe("'" + c + "1");
    for (const ok of ["1", "a=b", "'=x", "", "é", " Mairie", "\u00A0x", "x =1"]) expect(neutraliseCsvFormula(ok)).toBe(ok);
  });

  it("neutralises a formula behind spaces, NBSP, U+3000, a BOM or zero-width characters, and full-width starters", () => {
    for (const lead of [" ", "  ", "\u00A0", "\u3000", "\uFEFF", "\u200B", "\u200D", "\u2060", " \u200B"]) {
      for (const c of ["=", "+", "-", "@"]) expect(neutraliseCsvFormula(`${lead}${c}1`)).toBe(`'${lead}${c}1`);
    }
    for (const c of ["\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]) expect(neutraliseCsvFormula(`${c}SUM(A1)`)).toBe(`'${c}SUM(A1)`);
  });

  it("property: text cells read back equal (after neutralisation), whatever they hold", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { minLength: 1, maxLength: 8 }), (rows) => {
        const csv = writeCsv(rows, [
          { name: "a", kind: "text", cell: (r) => r[0] },
          { name: "b", kind: "text", cell: (r) => r[1] },
        ]);
        const back = cellsOf(csv);
        expect(back[0]).toEqual(["a", "b"]);
        expect(back.slice(1)).toEqual(rows.map(([a, b]) => [neutraliseCsvFormula(a), neutraliseCsvFormula(b)]));
        for (const row of back.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 300 },
    );
  });
});

describe("toOpenDataCsv", () => {
  const { openData, agec58 } = loadCsvFixtures();

  it("writes the schema's fields in order, the header equals the Table Schema descriptor", () => {
    const { csv, resource } = toOpenDataCsv(openData);
    const rows = cellsOf(csv);
    expect(rows[0]).toEqual(OPEN_DATA_FIELDS.map((f) => f.name));
    expect(resource.schema.fields.map((f) => f.name)).toEqual(rows[0]);
    expect(rows).toHaveLength(openData.length + 1);
    const valeur = rows[0]!.indexOf("valeur");
    expect(rows.slice(1).map((r) => r[valeur])).toEqual(openData.map((r) => String(r.valeur)));
  });

  it("every problem is reported with its row and field, in French and English, and nothing is written", () => {
    const bad = [
      { ...openData[0]!, valeur: "douze", date: "31/12/2025", frequence_monitoring: "parfois" as never },
      { ...openData[1]!, indicateur: "" },
    ];
    try {
      toOpenDataCsv(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NrsError);
      const p = (e as NrsError).problems;
      expect(p.map((x) => [x.code, x.path.join(".")])).toEqual([
        ["NRS_REPORT_NOT_IN_LIST", "0.frequence_monitoring"],
        ["NRS_REPORT_BAD_DATE", "0.date"],
        ["NRS_NOT_A_NUMBER", "0.valeur"],
        ["NRS_REPORT_MISSING_FIELD", "1.indicateur"],
      ]);
      for (const x of p) expect(x.message.fr && x.message.en && x.message.fr !== x.message.en).toBeTruthy();
    }
  });

  it("AGEC 58: fields in order, amounts in plain decimal notation, checks", () => {
    const { csv, resource } = toAgec58Csv(agec58);
    const rows = cellsOf(csv);
    expect(rows[0]).toEqual(AGEC58_FIELDS.map((f) => f.name));
    expect(resource.conformsTo.id).toBe("datagouv/schema-declaration-biens-reemploi-reutilisation-recycle");
    expect(rows[1]!.slice(4, 8)).toEqual(["412000", "73748", "2500", "12000.5"]);
    const bad = [{ ...agec58[0]!, siret: "123", montant_reemploi_et_reutilisation: "500000", montant_produits_recycles: -1, annee: 2019 }];
    expect(() => toAgec58Csv(bad)).toThrow(NrsError);
    try {
      toAgec58Csv(bad);
    } catch (e) {
      expect((e as NrsError).problems.map((x) => x.code).sort()).toEqual([
        "NRS_NEGATIVE",
        "NRS_REPORT_BAD_SIRET",
        "NRS_REPORT_BAD_YEAR",
        "NRS_REPORT_PART_EXCEEDS_TOTAL",
      ]);
    }
  });

  it("refuses a 14-digit SIRET whose check digit is wrong, as @nrs/model does", () => {
    const wrongKey = [{ ...agec58[0]!, siret: "29990101700011" }];
    expect(() => toAgec58Csv(wrongKey)).toThrow(NrsError);
    try {
      toAgec58Csv(wrongKey);
    } catch (e) {
      const p = (e as NrsError).problems;
      expect(p.map((x) => x.code)).toEqual(["NRS_REPORT_BAD_SIRET"]);
      expect(p[0]?.message.en).toContain("check digit");
    }
  });
});
