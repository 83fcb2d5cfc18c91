// The format pages of docs/formats/ list columns, fields and keys by hand, for people. These tests read
// the same lists from the code the parsers run (not from a copy) and fail when the two differ, so a
// column added to a parser without its line in the documentation, or a documented column the code no
// longer knows, breaks the build.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { readProjectDocuments } from "@nrs/cli";
import { DEVICE_TYPES, INVENTORY_COLUMNS } from "@nrs/footprint";
import * as indicators from "@nrs/indicators";
import { RECORDS_CSV_COLUMNS, type RecordsCsvColumn, type RecordsCsvFile } from "@nrs/indicators";
import { BilanAnnuelSchema, CollectiviteSchema, ProgrammeDeTravailSchema, StrategieSchema } from "@nrs/model";
import { root } from "./extract.js";
import { section, sorted, spans, tableRows } from "./markdown-tables.js";

const read = (path: string): string => readFileSync(join(root, path), "utf8");

describe("docs/formats/donnees-annuelles.md lists the columns the CSV parsers read", () => {
  const doc = read("docs/formats/donnees-annuelles.md");
  const TYPE_WORDS: Record<RecordsCsvColumn["type"], string> = {
    text: "text",
    decimal: "decimal",
    integer: "integer",
    date: "date",
    boolean: "yes/no",
    choice: "choice",
  };
  // The overview table names the parser of each file.
  const parsers = new Map(tableRows(doc, "File").map((r) => [spans(r[0])[0] ?? "", spans(r[1])[0] ?? ""]));

  it("documents every file the package reads, and no other", () => {
    expect(sorted(parsers.keys())).toEqual(sorted(Object.keys(RECORDS_CSV_COLUMNS)));
  });

  for (const [file, columns] of Object.entries(RECORDS_CSV_COLUMNS) as [RecordsCsvFile, readonly RecordsCsvColumn[]][]) {
    it(`${file}: every column, alias, type and requirement, and nothing else`, () => {
      const rows = tableRows(section(doc, `## \`${file}\``), "Column");
      expect(rows.length, `no column table under "## \`${file}\`"`).toBeGreaterThan(0);
      const documented = rows
        .map((r) => ({ name: spans(r[0])[0] ?? r[0], aliases: sorted(spans(r[1])), type: r[2], required: r[3] }))
        .sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""));
      const inCode = columns
        .map((c) => ({ name: c.name, aliases: sorted(c.aliases), type: TYPE_WORDS[c.type], required: c.required ? "yes" : "no" }))
        .sort((a, b) => a.name.localeCompare(b.name));
      expect(documented, `docs/formats/donnees-annuelles.md, section ${file}`).toEqual(inCode);
    });

    it(`${file}: the values cell of a choice column names every accepted value`, () => {
      const cells = new Map(tableRows(section(doc, `## \`${file}\``), "Column").map((r) => [spans(r[0])[0] ?? "", r[4] ?? ""]));
      const fold = (t: string): string =>
        t
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .toLowerCase();
      for (const c of columns) {
        // `expected` lists one word per value; a column checked by another vocabulary (inventory types) has a phrase instead.
        const values = (c.expected ?? "").split(", ").filter((v) => v !== "");
        if (values.length < 2) continue;
        const cell = fold(cells.get(c.name) ?? "");
        expect(
          values.filter((v) => !cell.includes(fold(v))),
          `${file}, column ${c.name}`,
        ).toEqual([]);
      }
    });

    it(`${file}: the parser named in the overview accepts every documented header`, async () => {
      const parse = (indicators as Record<string, unknown>)[parsers.get(file) ?? ""];
      expect(typeof parse, `parser of ${file}`).toBe("function");
      const p = parse as (csv: string) => Promise<{ problems: readonly { code: string; path: readonly (string | number)[] }[] }>;
      for (const c of columns) {
        for (const header of [c.name, ...c.aliases, c.name.toUpperCase().replace(/_/g, " ")]) {
          const unknown = (await p(`${header}\n`)).problems.filter((x) => x.code === "NRS_UNKNOWN_COLUMN");
          expect(unknown, `${file}: header "${header}"`).toEqual([]);
        }
      }
      // And a header the page does not list is refused, so the check above can fail.
      const stray = (await p("colonne_inexistante\n")).problems.map((x) => x.code);
      expect(stray).toContain("NRS_UNKNOWN_COLUMN");
    });
  }
});

describe("docs/formats/ covers every file nrs reads in a project folder", () => {
  it("each file of the CLI's project layout has its page", () => {
    const layout = read("packages/cli/src/project/project-layout.ts");
    // The yearly files are those of the data-file registry of @nrs/indicators, which the CLI reads.
    const files = indicators.DATA_FILES.map((f) => f.file as string);
    const docs = [...layout.matchAll(/: "([a-z-]+\.json)"/g)].map((m) => m[1] as string);
    expect(files.length).toBeGreaterThan(0);
    expect(sorted(docs)).toEqual(["collectivite.json", "nrs.json", "programme-de-travail.json", "strategie.json"]);
    const pages = ["donnees-annuelles.md", "inventaire.md", "documents.md", "nrs-json.md"].map((f) => read(`docs/formats/${f}`)).join("\n");
    // A heading names a file in a code span, or is the file name alone (`## achats.csv`).
    const headings = new Set([...pages.matchAll(/^#+ (.*)$/gm)].flatMap((m) => [...spans(m[0]), (m[1] as string).trim()]));
    expect(
      [...files, ...docs].filter((f) => !headings.has(f)),
      "files without a heading in docs/formats/",
    ).toEqual([]);
  });
});

describe("the problem codes of docs/formats/ are the code's", () => {
  const codesIn = (text: string): Set<string> => new Set([...text.matchAll(/NRS_[A-Z0-9_]*[A-Z0-9]/g)].map((m) => m[0]));
  // Every source file under `dir`, subfolders included (a package's src is grouped by subdomain).
  const sourcesOf = (dir: string, keep: (f: string) => boolean = () => true): string =>
    readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts") && keep(f.slice(f.lastIndexOf("/") + 1)))
      .map((f) => read(`${dir}/${f}`))
      .join("\n");
  const allSources = ["core", "model", "footprint", "indicators", "report", "cli"].map((p) => sourcesOf(`packages/${p}/src`)).join("\n");
  const literals = (text: string): string[] => [...text.matchAll(/"(NRS_[A-Z0-9_]+)"/g)].map((m) => m[1] as string);

  for (const page of ["donnees-annuelles.md", "documents.md", "nrs-json.md", "inventaire.md"]) {
    it(`${page} names no code the sources do not have`, () => {
      expect(sorted([...codesIn(read(`docs/formats/${page}`))].filter((c) => !allSources.includes(`"${c}"`)))).toEqual([]);
    });
  }

  it("every code the CSV record parsers emit is in donnees-annuelles.md", () => {
    const emitted = literals(sourcesOf("packages/indicators/src", (f) => f === "records-csv.ts" || f.endsWith("-record.ts")));
    expect(emitted.length).toBeGreaterThan(5);
    const doc = codesIn(read("docs/formats/donnees-annuelles.md"));
    expect(sorted(new Set(emitted.filter((c) => !doc.has(c))))).toEqual([]);
  });

  it("every code of the model's schemas and checks is in documents.md", () => {
    // Not about a document's content: a bad option passed to a function, and an input object that throws when read.
    const notAboutFiles = new Set(["NRS_INVALID_OPTION", "NRS_UNREADABLE"]);
    const emitted = literals(sourcesOf("packages/model/src")).filter((c) => !notAboutFiles.has(c));
    expect(emitted.length).toBeGreaterThan(20);
    const doc = codesIn(read("docs/formats/documents.md"));
    expect(sorted(new Set(emitted.filter((c) => !doc.has(c))))).toEqual([]);
  });

  it("every code of the settings parser and schema is in nrs-json.md", () => {
    const emitted = literals(
      read("packages/cli/src/project/parse-project-settings.ts") + read("packages/cli/src/project/settings-schema.ts"),
    );
    expect(emitted.length).toBeGreaterThan(2);
    const doc = codesIn(read("docs/formats/nrs-json.md"));
    expect(sorted(new Set(emitted.filter((c) => !doc.has(c))))).toEqual([]);
  });
});

describe("docs/formats/inventaire.md lists the columns of the inventory format", () => {
  it("every column, alias and requirement of INVENTORY_COLUMNS, and nothing else", () => {
    const rows = tableRows(section(read("docs/formats/inventaire.md"), "### Columns"), "Column");
    const documented = rows
      .map((r) => ({ name: spans(r[0])[0] ?? r[0], aliases: sorted(spans(r[1])), required: r[2] }))
      .sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""));
    const inCode = INVENTORY_COLUMNS.map((c) => ({
      name: c.key as string,
      aliases: sorted(c.aliases),
      required: c.required ? "yes" : "no",
    })).sort((a, b) => a.name.localeCompare(b.name));
    expect(documented, "docs/formats/inventaire.md, ### Columns").toEqual(inCode);
  });

  it("every device type of the registry DEVICE_TYPES (code, French and English aliases, label, kind), in its order, and nothing else", () => {
    const rows = tableRows(section(read("docs/formats/inventaire.md"), "### Types"), "Code");
    const documented = rows.map((r) => ({ code: spans(r[0])[0], fr: spans(r[1]), en: spans(r[2]), label: r[3], kind: spans(r[4])[0] }));
    const inCode = DEVICE_TYPES.map((t) => ({
      code: t.code,
      fr: [...t.aliases.fr],
      en: [...t.aliases.en],
      label: t.label.en,
      kind: t.kind,
    }));
    expect(documented, "docs/formats/inventaire.md, ### Types").toEqual(inCode);
  });
});

/** Every property name anywhere in a JSON Schema. */
function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) propertyNames(n, out);
  else if (node !== null && typeof node === "object") {
    const props = (node as { properties?: unknown }).properties;
    if (props !== null && typeof props === "object") for (const k of Object.keys(props)) out.add(k);
    for (const v of Object.values(node)) propertyNames(v, out);
  }
  return out;
}

describe("docs/formats/documents.md lists the fields of the JSON documents", () => {
  const doc = read("docs/formats/documents.md");
  const fieldsIn = (text: string): Set<string> => new Set(tableRows(text, "Field").flatMap((r) => spans(r[0])));
  const shared = fieldsIn(section(doc, "### Shared pieces"));
  const documents: [string, z.ZodMiniType][] = [
    ["collectivite.json", CollectiviteSchema],
    ["programme-de-travail.json", ProgrammeDeTravailSchema],
    ["strategie.json", StrategieSchema],
    ["bilans/<année>.json", BilanAnnuelSchema],
  ];
  const all = new Set<string>();

  for (const [file, schema] of documents) {
    // The same generation as packages/model/scripts/json-schema.ts, which writes the published schemas.
    const names = propertyNames(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }));
    names.forEach((n) => all.add(n));
    it(`${file}: every field of its schema, and none it does not have`, () => {
      const documented = fieldsIn(section(doc, `## \`${file}\``));
      expect(documented.size, `no field table under "## \`${file}\`"`).toBeGreaterThan(0);
      expect(sorted([...names].filter((n) => !documented.has(n) && !shared.has(n))), `${file}: fields missing from the page`).toEqual([]);
      expect(sorted([...documented].filter((n) => !names.has(n))), `${file}: fields the schema does not have`).toEqual([]);
    });
  }

  it("the shared pieces are fields of the documents", () => {
    expect(shared.size).toBeGreaterThan(0);
    expect(sorted([...shared].filter((n) => !all.has(n)))).toEqual([]);
  });
});

describe("docs/formats/nrs-json.md lists the keys nrs.json accepts", () => {
  const doc = read("docs/formats/nrs-json.md");
  const topDoc = sorted(tableRows(section(doc, "## Keys"), "Key").flatMap((r) => spans(r[0])));
  const subDoc = sorted(tableRows(section(doc, "### `inventaire`"), "Key").flatMap((r) => spans(r[0])));
  // nrs.json has one schema (settings-schema.ts), shipped as schemas/nrs.schema.json: read its two lists there.
  const schema = JSON.parse(read("packages/cli/schemas/nrs.schema.json")) as {
    properties: Record<string, unknown> & { inventaire: { properties: Record<string, unknown> } };
  };

  it("every key of the settings schema, and no other", () => {
    expect(topDoc).toEqual(sorted(Object.keys(schema.properties)));
    expect(subDoc).toEqual(sorted(Object.keys(schema.properties.inventaire.properties)));
  });

  it("nrs reads every documented key without an unknown-key warning", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nrs-settings-sync-"));
    try {
      const unknownKeys = async (settings: unknown): Promise<string[]> => {
        writeFileSync(join(dir, "nrs.json"), JSON.stringify(settings));
        const project = await readProjectDocuments(dir, dir);
        return project.problems.filter((p) => p.code === "NRS_UNKNOWN_KEY").map((p) => p.path.join("."));
      };
      expect(await unknownKeys(Object.fromEntries(topDoc.map((k) => [k, null])))).toEqual([]);
      for (const k of subDoc) expect(await unknownKeys({ inventaire: { [k]: {} } })).toEqual([]);
      expect(await unknownKeys({ langue: "fr", cle_inconnue: 1 })).toEqual(["cle_inconnue"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
