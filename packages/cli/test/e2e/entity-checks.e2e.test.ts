import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyExample, example, nrs, tempDir, type CliRun } from "./run-built-cli.js";

// One copy of examples/val-de-fictive with three slips that are warnings, not errors: an unknown entity
// in achats.csv and in inventaire.csv, and a collected bilan value for an indicator the SDK computes.
const tmp = tempDir();
afterAll(tmp.cleanup);
let project = "";
let purchaseColumn = 0;
let inventoryColumn = 0;
let valueLine = 0;
let fr: CliRun;
let en: CliRun;

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
  project = copyExample(tmp.dir);
  purchaseColumn = setEntity(join(project, "donnees/2025/achats.csv"), 12, "26999");
  inventoryColumn = setEntity(join(project, "donnees/2025/inventaire.csv"), 3, "26999");
  const bilanFile = join(project, "bilans/2025.json");
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
  [fr, en] = await Promise.all([nrs(["validate", project]), nrs(["validate", project, "--lang", "en"])]);
}, 120_000);

describe("nrs validate: unknown entities and collected values hidden by computed ones", () => {
  it("exits with 0: these are warnings", () => {
    expect(fr.code).toBe(0);
    expect(en.code).toBe(0);
  });

  it("names the unknown entity of achats.csv at its line and column", () => {
    expect(fr.stdout).toContain(
      `donnees/2025/achats.csv:12:${purchaseColumn} avertissement NRS_UNKNOWN_ENTITY Entité « 26999 » inconnue (attendu : epci, 26901,`,
    );
    expect(en.stdout).toContain(
      `donnees/2025/achats.csv:12:${purchaseColumn} warning NRS_UNKNOWN_ENTITY Unknown entity "26999" (expected: epci, 26901,`,
    );
    expect(en.stdout).toMatch(/26907… and 7 more\): the line is kept under this entity\./);
  });

  it("names the unknown entity of inventaire.csv at its line and column", () => {
    expect(en.stdout).toContain(`donnees/2025/inventaire.csv:3:${inventoryColumn} warning NRS_UNKNOWN_ENTITY Unknown entity "26999"`);
  });

  it("points at the collected value, with both values", () => {
    const line = en.stdout.split("\n").find((l) => l.includes("NRS_COLLECTED_AND_COMPUTED"));
    expect(line).toMatch(
      new RegExp(
        `bilans/2025\\.json:${valueLine}:\\d+ warning NRS_COLLECTED_AND_COMPUTED Collected value of "part-agents-formes" \\(30 %\\) set aside: the SDK computes it for 2025 from the data files \\(32\\.42 %\\)`,
      ),
    );
    expect(en.stdout.match(/NRS_COLLECTED_AND_COMPUTED/g)).toHaveLength(1);
  });

  it("the report keeps the computed value and says the collected one was set aside", async () => {
    const out = join(tmp.dir, "bilan.md");
    const r = await nrs(["report", project, "--year", "2025", "--format", "md", "--out", out]);
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
