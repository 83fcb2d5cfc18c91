import { describe, expect, it } from "vitest";
import { NATIONAL_SCHEMAS, nationalSchema, toAgec58Csv, toOpenDataCsv, type CsvExport, type NationalSchema } from "../src/index.js";
import { loadCsvFixtures } from "./support/fixture.js";
import { PAYLOADS } from "./support/payloads.js";
import { officialDescriptor, officialExample, tableSchemaViolations } from "./support/table-schema-validator.js";

// The official descriptors are copied in test/fixtures/national-schemas/ as `<repository without "schema-">-v<version>.schema.json`.
const fileName = (s: NationalSchema) => s.id.split("/")[1]!.replace(/^schema-/, "");
const official = (s: NationalSchema) => officialDescriptor(fileName(s), s.version);

interface FieldView {
  name: unknown;
  type: unknown;
  format: unknown;
  required: boolean;
  enum: unknown;
  pattern: unknown;
}
const view = (fields: readonly Record<string, unknown>[]): FieldView[] =>
  fields.map((f) => {
    const c = (f.constraints ?? {}) as Record<string, unknown>;
    return { name: f.name, type: f.type, format: f.format, required: c.required === true, enum: c.enum, pattern: c.pattern };
  });

const EXPORTS: Record<keyof typeof NATIONAL_SCHEMAS, () => CsvExport> = {
  agec58: () => toAgec58Csv(loadCsvFixtures().agec58),
  opendata: () => toOpenDataCsv(loadCsvFixtures().openData),
};

describe("the national schema registry", () => {
  const all = Object.entries(NATIONAL_SCHEMAS).flatMap(([kind, versions]) => versions.map((s) => [`${kind} v${s.version}`, s] as const));

  it.each(all)(
    "%s %s: declared fields = the official descriptor's (names, order, types, formats, required, enums, patterns)",
    (_kind, s) => {
      const o = official(s);
      expect(view(s.fields as never)).toEqual(view(o.fields));
      expect([s.url, `v${s.version}`]).toEqual([o.path, o.version]);
    },
  );

  it.each(Object.keys(EXPORTS) as (keyof typeof EXPORTS)[])(
    "%s: the exporter writes the current declaration's header and names it in the descriptor",
    (kind) => {
      const s = nationalSchema(kind);
      const { csv, resource } = EXPORTS[kind]();
      expect(csv.split("\n")[0]).toBe(s.fields.map((f) => f.name).join(","));
      expect(resource.schema.fields).toEqual(s.fields);
      expect(resource.conformsTo).toEqual({ id: s.id, version: s.version, url: s.url });
    },
  );

  it("an unknown version is refused with the versions available", () => {
    expect(() => nationalSchema("opendata", "0.3.0")).toThrow(/0\.5\.0/);
    expect(nationalSchema("agec58", "v0.1.0").version).toBe("0.1.0");
  });
});

describe("exports validated by a Frictionless Table Schema implementation (tableschema)", () => {
  it.each(Object.keys(EXPORTS) as (keyof typeof EXPORTS)[])(
    "%s validates against the official descriptor and against its own .resource.json",
    async (kind) => {
      const { csv, resource } = EXPORTS[kind]();
      expect(csv.split("\n").length).toBeGreaterThan(2);
      expect(await tableSchemaViolations(csv, official(nationalSchema(kind)))).toEqual([]);
      expect(await tableSchemaViolations(csv, resource.schema)).toEqual([]);
    },
  );

  it("an export without rows (header only) validates too", async () => {
    expect(await tableSchemaViolations(toAgec58Csv([]).csv, official(nationalSchema("agec58")))).toEqual([]);
    expect(await tableSchemaViolations(toOpenDataCsv([]).csv, official(nationalSchema("opendata")))).toEqual([]);
  });

  it("text payloads (quotes, commas, line breaks, formulas) still give a valid file", async () => {
    const { openData, agec58 } = loadCsvFixtures();
    for (const p of PAYLOADS.filter((x) => x.trim() !== "")) {
      const od = toOpenDataCsv(openData.map((r) => ({ ...r, indicateur: p, commentaires: p, source_collecte: p })));
      expect(await tableSchemaViolations(od.csv, official(nationalSchema("opendata"))), p).toEqual([]);
      const ag = toAgec58Csv(agec58.map((r) => ({ ...r, raison_sociale: p, commentaires: p })));
      expect(await tableSchemaViolations(ag.csv, official(nationalSchema("agec58"))), p).toEqual([]);
    }
  });

  it("the validator accepts the schemas' own valid examples and catches broken files", async () => {
    const agec = nationalSchema("agec58");
    const isp = nationalSchema("opendata");
    expect(await tableSchemaViolations(officialExample(fileName(agec), agec.version), official(agec))).toEqual([]);
    expect(await tableSchemaViolations(officialExample(fileName(isp), isp.version), official(isp))).toEqual([]);
    // The header of the drafts (montant_valorisation_et_don), a bad type, a bad enum, a bad pattern, a missing required value.
    const names = agec.fields.map((f) => f.name);
    const draft = names.map((n) => (n === "montant_reemploi_et_reutilisation" ? "montant_valorisation_et_don" : n)).join(",");
    expect(await tableSchemaViolations(`${draft}\n2025,29990101700010,CA,Papier,10,0,0,0,\n`, official(agec))).toEqual([
      expect.stringMatching(/^header: /),
      expect.stringMatching(/missing/),
    ]);
    const bad = await tableSchemaViolations(`${names.join(",")}\n20x5,123,,Meubles,dix,0,0,0,\n`, official(agec));
    expect(bad.map((x) => x.replace(/:.*/, ""))).toEqual([
      "row 2 column 1",
      "row 2 column 2",
      "row 2 column 3",
      "row 2 column 4",
      "row 2 column 5",
    ]);
    // Two columns swapped: same names, wrong order.
    const swapped = [names[1], names[0], ...names.slice(2)].join(",");
    expect(await tableSchemaViolations(`${swapped}\n`, official(agec))).toEqual([expect.stringMatching(/^header: /)]);
  });
});
