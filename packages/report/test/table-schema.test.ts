import { readFileSync } from "node:fs";
import { parseCsvText } from "@nrs/core";
import { describe, expect, it } from "vitest";
import { AGEC58_FIELDS, OPEN_DATA_FIELDS, toAgec58Csv, toOpenDataCsv, type TableSchemaField } from "../src/index.js";
import { loadCsvFixtures } from "./support/fixture.js";
import { PAYLOADS } from "./support/payloads.js";

interface Official {
  readonly source: string;
  readonly fields: readonly TableSchemaField[];
}
const official = (name: string): Official => JSON.parse(readFileSync(new URL(`./fixtures/schemas/${name}`, import.meta.url), "utf8")) as Official;
const ISP = official("impact-service-public-numerique-0.3.0.fields.json");
const AGEC = official("declaration-biens-reemploi-reutilisation-recycle-0.1.0.fields.json");

const strip = (fields: readonly TableSchemaField[]) =>
  fields.map((f) => ({ name: f.name, type: f.type, format: f.format, required: f.constraints?.required ?? false, enum: f.constraints?.enum, pattern: f.constraints?.pattern }));

// A small Table Schema validator for the types and constraints the two national schemas use.
function violations(csv: string, fields: readonly TableSchemaField[]): string[] {
  const rows = parseCsvText(csv, { delimiter: "," });
  const out: string[] = [];
  const header = [...rows[0]!.cells];
  if (header.join(",") !== fields.map((f) => f.name).join(",")) out.push(`header ${header.join(",")}`);
  for (const row of rows.slice(1)) {
    fields.forEach((f, i) => {
      const v = row.cells[i] ?? "";
      const where = `line ${row.line} ${f.name}=${JSON.stringify(v).slice(0, 40)}`;
      if (v === "") {
        if (f.constraints?.required) out.push(`${where}: required`);
        return;
      }
      if (f.type === "number" && !/^-?\d+(\.\d+)?$/.test(v)) out.push(`${where}: not a number`);
      if (f.type === "year" && !/^\d{4}$/.test(v)) out.push(`${where}: not a year`);
      if (f.type === "boolean" && v !== "true" && v !== "false") out.push(`${where}: not a boolean`);
      if (f.type === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(v)) out.push(`${where}: not a date`);
      if (f.constraints?.enum && !f.constraints.enum.includes(v)) out.push(`${where}: not in enum`);
      if (f.constraints?.pattern && !new RegExp(f.constraints.pattern).test(v)) out.push(`${where}: pattern`);
    });
  }
  return out;
}

describe("national schemas", () => {
  it("our field lists equal the official schemas' (names, order, types, formats, constraints)", () => {
    expect(strip(OPEN_DATA_FIELDS)).toEqual(strip(ISP.fields));
    expect(strip(AGEC58_FIELDS)).toEqual(strip(AGEC.fields));
  });

  it("the CSVs validate against the official fields, with payloads in every text column", () => {
    const { openData, agec58 } = loadCsvFixtures();
    expect(violations(toOpenDataCsv(openData).csv, ISP.fields)).toEqual([]);
    expect(violations(toAgec58Csv(agec58).csv, AGEC.fields)).toEqual([]);
    for (const p of PAYLOADS.filter((x) => x.trim() !== "")) {
      const rows = openData.map((r) => ({ ...r, indicateur: p, commentaires: p, source_collecte: p }));
      expect(violations(toOpenDataCsv(rows).csv, ISP.fields)).toEqual([]);
    }
  });

  it("the validator catches a broken file", () => {
    expect(violations("annee,siret\n20x5,123\n", AGEC.fields.slice(0, 2))).toEqual([
      'line 2 annee="20x5": not a year',
      'line 2 siret="123": pattern',
    ]);
  });
});
