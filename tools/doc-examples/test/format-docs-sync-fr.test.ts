// The French format pages (docs/fr/formats/) list the same columns, fields, keys and problem codes as the
// English ones. The columns and device types are read from the code, as format-docs-sync.test.ts does for
// the English pages; the fields, keys and codes are compared with the English page, which that test checks
// against the code. A column, field or code added on one side only fails here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEVICE_TYPES, INVENTORY_COLUMNS } from "@nrs/footprint";
import { RECORDS_CSV_COLUMNS, type RecordsCsvColumn, type RecordsCsvFile } from "@nrs/indicators";
import { root } from "./extract.js";
import { section, sorted, spans, tableRows } from "./markdown-tables.js";

const read = (path: string): string => readFileSync(join(root, path), "utf8");
const en = (page: string): string => read(`docs/formats/${page}`);
const fr = (page: string): string => read(`docs/fr/formats/${page}`);
const yesNo = (required: boolean): string => (required ? "oui" : "non");
const codesIn = (text: string): string[] => sorted(new Set([...text.matchAll(/NRS_[A-Z0-9_]*[A-Z0-9]/g)].map((m) => m[0])));
const firstSpans = (rows: string[][]): string[] => sorted(new Set(rows.flatMap((r) => spans(r[0]))));

describe("docs/fr/formats/donnees-annuelles.md lists the columns the CSV parsers read", () => {
  const doc = fr("donnees-annuelles.md");
  const TYPE_WORDS: Record<RecordsCsvColumn["type"], string> = {
    text: "texte",
    decimal: "décimal",
    integer: "entier",
    date: "date",
    boolean: "oui/non",
    choice: "choix",
  };

  it("documents every file the package reads, and no other", () => {
    expect(sorted(tableRows(doc, "Fichier").map((r) => spans(r[0])[0] ?? ""))).toEqual(sorted(Object.keys(RECORDS_CSV_COLUMNS)));
  });

  for (const [file, columns] of Object.entries(RECORDS_CSV_COLUMNS) as [RecordsCsvFile, readonly RecordsCsvColumn[]][]) {
    it(`${file}: every column, alias, type and requirement, and nothing else`, () => {
      const rows = tableRows(section(doc, `## ${file}`), "Colonne");
      const documented = rows
        .map((r) => ({ name: spans(r[0])[0] ?? r[0], aliases: sorted(spans(r[1])), type: r[2], required: r[3] }))
        .sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""));
      const inCode = columns
        .map((c) => ({ name: c.name, aliases: sorted(c.aliases), type: TYPE_WORDS[c.type], required: yesNo(c.required) }))
        .sort((a, b) => a.name.localeCompare(b.name));
      expect(documented, `docs/fr/formats/donnees-annuelles.md, section ${file}`).toEqual(inCode);
    });
  }
});

describe("docs/fr/formats/inventaire.md lists the columns and types of the inventory format", () => {
  const doc = fr("inventaire.md");

  it("every column, alias and requirement of INVENTORY_COLUMNS, and nothing else", () => {
    const documented = tableRows(section(doc, "### Colonnes"), "Colonne")
      .map((r) => ({ name: spans(r[0])[0] ?? r[0], aliases: sorted(spans(r[1])), required: r[2] }))
      .sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""));
    const inCode = INVENTORY_COLUMNS.map((c) => ({ name: c.key as string, aliases: sorted(c.aliases), required: yesNo(c.required) })).sort(
      (a, b) => a.name.localeCompare(b.name),
    );
    expect(documented).toEqual(inCode);
  });

  it("every device type of DEVICE_TYPES (code, aliases, French label, kind), in its order, and nothing else", () => {
    const documented = tableRows(section(doc, "### Types"), "Code").map((r) => ({
      code: spans(r[0])[0],
      fr: spans(r[1]),
      en: spans(r[2]),
      label: r[3],
      kind: spans(r[4])[0],
    }));
    const inCode = DEVICE_TYPES.map((t) => ({
      code: t.code,
      fr: [...t.aliases.fr],
      en: [...t.aliases.en],
      label: t.label.fr,
      kind: t.kind,
    }));
    expect(documented).toEqual(inCode);
  });
});

describe("docs/fr/formats/ has the fields, keys and codes of the English pages", () => {
  const headings: [string, string][] = [
    ["### Shared pieces", "### Éléments communs"],
    ["## collectivite.json", "## collectivite.json"],
    ["## programme-de-travail.json", "## programme-de-travail.json"],
    ["## strategie.json", "## strategie.json"],
    ["## bilans/<année>.json", "## bilans/<année>.json"],
  ];
  for (const [enHeading, frHeading] of headings) {
    it(`documents.md, ${frHeading}: the same fields`, () => {
      const enFields = firstSpans(tableRows(section(en("documents.md"), enHeading), "Field"));
      expect(enFields.length).toBeGreaterThan(0);
      expect(firstSpans(tableRows(section(fr("documents.md"), frHeading), "Champ"))).toEqual(enFields);
    });
  }

  it("nrs-json.md: the same keys, at the top and in inventaire", () => {
    expect(firstSpans(tableRows(section(fr("nrs-json.md"), "## Clés"), "Clé"))).toEqual(
      firstSpans(tableRows(section(en("nrs-json.md"), "## Keys"), "Key")),
    );
    expect(firstSpans(tableRows(section(fr("nrs-json.md"), "### inventaire"), "Clé"))).toEqual(
      firstSpans(tableRows(section(en("nrs-json.md"), "### inventaire"), "Key")),
    );
  });

  it("inventaire.md: the same keys of hebergement.json and settings of a profile", () => {
    expect(firstSpans(tableRows(section(fr("inventaire.md"), "## hebergement.json"), "Clé"))).toEqual(
      firstSpans(tableRows(section(en("inventaire.md"), "## hebergement.json"), "Key")),
    );
    expect(firstSpans(tableRows(fr("inventaire.md"), "Réglage"))).toEqual(firstSpans(tableRows(en("inventaire.md"), "Setting")));
    expect(firstSpans(tableRows(fr("inventaire.md"), "Statut"))).toEqual(firstSpans(tableRows(en("inventaire.md"), "Status")));
  });

  // Severity of each code in the problem tables (first column "Code", second the severity).
  const SEVERITY: Record<string, string> = { error: "erreur", warning: "avertissement", info: "information" };
  const severities = (text: string, words: string[]): string[] =>
    tableRows(text, "Code")
      .filter((r) => words.includes(r[1] ?? ""))
      .map((r) => `${spans(r[0]).join(", ")}: ${r[1]}`);

  for (const page of ["documents.md", "donnees-annuelles.md", "inventaire.md", "nrs-json.md"]) {
    it(`${page}: the same problem codes, with the same severities`, () => {
      expect(codesIn(fr(page))).toEqual(codesIn(en(page)));
      const inEnglish = severities(en(page), Object.keys(SEVERITY)).map((l) => l.replace(/\w+$/, (w) => SEVERITY[w] ?? w));
      expect(severities(fr(page), Object.values(SEVERITY))).toEqual(inEnglish);
    });
  }
});
