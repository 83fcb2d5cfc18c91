import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { copyExample, hasStackTrace, nrs, tempDir } from "./run-built-cli.js";

// Each test breaks a fresh copy of examples/val-de-fictive in one way and checks that `nrs` names the
// file, line and column, the code, and exits with 1, never with a stack trace.
const tmp = tempDir();
afterAll(tmp.cleanup);
let project = "";
let n = 0;
beforeEach(() => {
  project = copyExample(join(tmp.dir, String(n++)));
});

const inventory = (year: number): string => join(project, "donnees", String(year), "inventaire.csv");

/** Replaces the cell of `column` (a header name) on the given 1-based line; returns the 1-based column of that cell. */
function breakCell(file: string, line: number, column: string, value: string): number {
  const lines = readFileSync(file, "utf8").split("\n");
  const header = (lines[0] ?? "").replace(/^\uFEFF/, "").split(";");
  const index = header.indexOf(column);
  if (index < 0) throw new Error(`no column ${column} in ${file}`);
  const cells = (lines[line - 1] ?? "").split(";");
  cells[index] = value;
  lines[line - 1] = cells.join(";");
  writeFileSync(file, lines.join("\n"));
  return cells.slice(0, index).join(";").length + (index > 0 ? 1 : 0) + 1;
}

describe("nrs validate on broken copies of the example", () => {
  it("a missing file: strategie.json", async () => {
    rmSync(join(project, "strategie.json"));
    const r = await nrs(["validate", project, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/strategie\.json error NRS_FILE_MISSING File is missing\./);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  it("a strategie.json that cannot be read: compliance « non vérifiée » for it, never « aucune remarque »", async () => {
    writeFileSync(join(project, "strategie.json"), "{ not json");
    const r = await nrs(["validate", project]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("non vérifiée pour strategie.json : le document n'a pas pu être lu (erreurs ci-dessus)");
    expect(r.stdout).not.toContain("aucune remarque\n");
    const en = await nrs(["validate", project, "--lang", "en"]);
    expect(en.stdout).toContain("not verified for strategie.json: the document could not be read (errors above)");
  });

  it("a bad CSV row: a negative quantity, reported at its line and column", async () => {
    const column = breakCell(inventory(2024), 3, "quantite", "-5");
    const r = await nrs(["validate", project]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`donnees/2024/inventaire.csv:3:${column} erreur NRS_`);
  });

  it("an unknown device type", async () => {
    const column = breakCell(inventory(2025), 4, "type", "grille-pain");
    const r = await nrs(["validate", project, "--json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { ok: boolean; problems: { code: string; file: string; line: number; column: number }[] };
    expect(doc.ok).toBe(false);
    const p = doc.problems.find((q) => q.code === "NRS_INVENTORY_UNKNOWN_TYPE");
    expect(p).toMatchObject({ line: 4, column });
    expect(p?.file).toMatch(/donnees\/2025\/inventaire\.csv$/);
  });

  it("a strategy without indicators: an error of the decree, placed in strategie.json", async () => {
    const file = join(project, "strategie.json");
    const strategie = JSON.parse(readFileSync(file, "utf8")) as {
      indicateurs: unknown[];
      objectifs: { cibles: unknown[]; indicateurs?: unknown[] }[];
    };
    strategie.indicateurs = [];
    for (const o of strategie.objectifs) {
      o.cibles = [];
      delete o.indicateurs;
    }
    writeFileSync(file, JSON.stringify(strategie, null, 2));
    const r = await nrs(["validate", project, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/strategie\.json:\d+:\d+ error NRS_STRAT_OBJECTIVE_NO_INDICATOR .*\[.*2022-1084.*\]/);
  });

  it("invalid JSON: the syntax error at its line and column", async () => {
    const file = join(project, "collectivite.json");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace(/,\s*\n/, "\n"));
    const r = await nrs(["validate", project]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/collectivite\.json:\d+:\d+ erreur NRS_JSON_SYNTAX JSON invalide/);
  });

  it("nrs footprint leaves a bad line out, lists it on stderr and exits 1; the rest still adds up", async () => {
    breakCell(inventory(2024), 5, "date_acquisition", "31/02/2020");
    const r = await nrs(["footprint", project, "--year", "2024", "--json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as {
      ok: boolean;
      inventory: { stats: { badRows: number } };
      problems: { line: number; code: string }[];
    };
    expect(doc.ok).toBe(false);
    expect(doc.inventory.stats.badRows).toBe(1);
    expect(doc.problems.some((p) => p.line === 5)).toBe(true);
  });

  it("nrs report refuses data with errors, lists them, and writes nothing", async () => {
    const column = breakCell(inventory(2025), 6, "quantite", "douze");
    const out = join(project, "..", "bilan.html");
    const r = await nrs(["report", project, "--year", "2025", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`donnees/2025/inventaire.csv:6:${column} erreur`);
    expect(r.stderr).toContain("NRS_CLI_DATA_ERRORS");
    expect(r.stderr).toContain("Que faire : Corrigez-les (nrs validate");
    expect(existsSync(out)).toBe(false);
  });

  it("init --json says what it wrote", async () => {
    const dir = join(project, "..", "neuf");
    const r = await nrs(["init", dir, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { ok: boolean; files: string[] };
    expect(doc.ok).toBe(true);
    for (const f of doc.files) expect(existsSync(join(dir, f))).toBe(true);
  });

  it("a bad value in hebergement.json, placed at its line and column", async () => {
    const file = join(project, "donnees", "2025", "hebergement.json");
    const hosting = JSON.parse(readFileSync(file, "utf8")) as { serveurs: { pue?: string }[] };
    const first = hosting.serveurs[0];
    if (!first) throw new Error("the example has no server");
    first.pue = "0.5";
    const text = JSON.stringify(hosting, null, 2);
    writeFileSync(file, text);
    // Where the value "0.5" starts in the file, counted from the text written.
    const before = text.slice(0, text.indexOf('"0.5"')).split("\n");
    const where = `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
    const r = await nrs(["validate", project, "--year", "2025", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`donnees/2025/hebergement\\.json:${where} error NRS_\\w+ .*\\(serveurs\\[0\\]\\.pue\\)`));
    expect(r.stdout).not.toContain("bilans/2024.json");
  });
});
