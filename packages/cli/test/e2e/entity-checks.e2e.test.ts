import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyExample, example, nrs, tempDir, type CliRun } from "./run-built-cli.js";

// Two copies of examples/val-de-fictive. The first has entities collectivite.json does not declare, in
// achats.csv, inventaire.csv and hebergement.json: errors at their file:line:column. The second has a
// collected bilan value for an indicator the SDK computes: a warning.
const tmp = tempDir();
afterAll(tmp.cleanup);
let undeclared = "";
let collected = "";
let purchaseColumn = 0;
let inventoryColumn = 0;
let hostingLine = 0;
let valueLine = 0;
let fr: CliRun;
let en: CliRun;
let warned: CliRun;

/** Sets the `entite` cell of a 1-based line to `value`; returns that cell's 1-based column. */
function setEntity(file: string, line: number, value: string): number {
  const lines = readFileSync(file, "utf8").split("\n");
  const index = (lines[0] ?? "").split(";").indexOf("entite");
  const cells = (lines[line - 1] ?? "").split(";");
  cells[index] = value;
  lines[line - 1] = cells.join(";");
  writeFileSync(file, lines.join("\n"));
  return cells.slice(0, index).join(";").length + (index > 0 ? 1 : 0) + 1;
}

beforeAll(async () => {
  undeclared = copyExample(join(tmp.dir, "undeclared"));
  purchaseColumn = setEntity(join(undeclared, "donnees/2025/achats.csv"), 12, "26999");
  inventoryColumn = setEntity(join(undeclared, "donnees/2025/inventaire.csv"), 3, "26999");
  const hostingFile = join(undeclared, "donnees/2025/hebergement.json");
  const hosting = readFileSync(hostingFile, "utf8");
  const at = hosting.indexOf('"entite": "');
  writeFileSync(hostingFile, hosting.replace(/"entite": "[^"]*"/, '"entite": "cias-inconnu"'));
  hostingLine = hosting.slice(0, at).split("\n").length;

  collected = copyExample(join(tmp.dir, "collected"));
  const bilanFile = join(collected, "bilans/2025.json");
  const bilan = JSON.parse(readFileSync(bilanFile, "utf8")) as { valeurs: Record<string, unknown>[] };
  bilan.valeurs.push({
    indicateur: "part-agents-formes",
    valeur: "30",
    date: "2025-12-31",
    nature: "PERIODE",
    dateDebut: "2025-01-01",
    perimetre: "ADMINISTRATION",
    source: "Tableau de suivi RH",
    qualite: "ESTIMEE",
  });
  const text = JSON.stringify(bilan, null, 2);
  writeFileSync(bilanFile, text);
  // The line of the added value's "valeur" member: the last one in the file.
  valueLine = text.slice(0, text.lastIndexOf('"valeur": "30"')).split("\n").length;
  [fr, en, warned] = await Promise.all([
    nrs(["validate", undeclared]),
    nrs(["validate", undeclared, "--lang", "en"]),
    nrs(["validate", collected, "--lang", "en"]),
  ]);
}, 120_000);

describe("nrs validate: entities collectivite.json does not declare are errors", () => {
  it("exits with 1", () => {
    expect(fr.code).toBe(1);
    expect(en.code).toBe(1);
  });

  it("names the undeclared entity of achats.csv at its line and column, with what to do", () => {
    expect(fr.stdout + fr.stderr).toContain(
      `donnees/2025/achats.csv:12:${purchaseColumn} erreur NRS_UNKNOWN_ENTITY Entité « 26999 » non déclarée (attendu : epci, 26901,`,
    );
    expect(en.stdout + en.stderr).toContain(
      `donnees/2025/achats.csv:12:${purchaseColumn} error NRS_UNKNOWN_ENTITY Entity "26999" is not declared (expected: epci, 26901,`,
    );
    expect(en.stdout + en.stderr).toMatch(/declare it in collectivite\.json \(entitesLiees, servicesPartages\) or correct the cell/);
  });

  it("names the undeclared entity of inventaire.csv at its line and column", () => {
    expect(en.stdout + en.stderr).toContain(`donnees/2025/inventaire.csv:3:${inventoryColumn} error NRS_UNKNOWN_ENTITY Entity "26999"`);
  });

  it("names the undeclared entity of hebergement.json at its line", () => {
    expect(en.stdout + en.stderr).toMatch(
      new RegExp(`donnees/2025/hebergement\\.json:${hostingLine}:\\d+ error NRS_UNKNOWN_ENTITY Entity "cias-inconnu" is not declared`),
    );
  });

  it("nrs report refuses the data until they are declared", async () => {
    const r = await nrs(["report", undeclared, "--year", "2025", "--format", "md", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain("NRS_UNKNOWN_ENTITY");
  });
});

describe("nrs validate: a collected value hidden by a computed one", () => {
  it("exits with 0: it is a warning", () => {
    expect(warned.code, warned.stdout + warned.stderr).toBe(0);
  });

  it("points at the collected value, with both values", () => {
    const line = warned.stdout.split("\n").find((l) => l.includes("NRS_COLLECTED_AND_COMPUTED"));
    expect(line).toMatch(
      new RegExp(
        `bilans/2025\\.json:${valueLine}:\\d+ warning NRS_COLLECTED_AND_COMPUTED Collected value of "part-agents-formes" \\(30 %\\) set aside: the SDK computes it for 2025 from the data files \\(32\\.42 %\\)`,
      ),
    );
    expect(warned.stdout.match(/NRS_COLLECTED_AND_COMPUTED/g)).toHaveLength(1);
  });

  it("the report keeps the computed value and says the collected one was set aside", async () => {
    const out = join(tmp.dir, "bilan.md");
    const r = await nrs(["report", collected, "--year", "2025", "--format", "md", "--out", out]);
    expect(r.code).toBe(0);
    const row = readFileSync(out, "utf8")
      .split("\n")
      .find((l) => l.includes("valeur collectée écartée"));
    expect(row).toMatch(/\| 32,42\s%.*; valeur collectée écartée \(30\s%\)\)/u);
  });

  it("reports nothing of the kind on the example itself", async () => {
    const r = await nrs(["validate", example, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("no problem");
    expect(r.stdout).not.toMatch(/NRS_UNKNOWN_ENTITY|NRS_COLLECTED_AND_COMPUTED/);
  });
});
