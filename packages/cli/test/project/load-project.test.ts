import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CliError } from "../../src/cli-error.js";
import { loadProject } from "../../src/project/load-project.js";

const repo = resolve(import.meta.dirname, "../../../..");
const tmp = mkdtempSync(join(tmpdir(), "nrs-load-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(tmp, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("loadProject", () => {
  it("reads the example's documents without problem, and its years", async () => {
    const p = await loadProject("examples/val-de-fictive", repo);
    expect(p.problems).toEqual([]);
    expect(p.collectivite?.type).toBe("EPCI_FP");
    expect(p.strategie?.objectifs.length).toBeGreaterThan(0);
    expect([...p.bilans.keys()]).toEqual(p.years.filter((y) => p.bilans.has(y)));
    expect(p.years.length).toBeGreaterThan(0);
  });

  it("names files relative to the current folder and places schema errors at their line and column", async () => {
    const dir = folder("schema", {
      "collectivite.json": '{\n  "type": "COMMUNE",\n  "nom": "",\n  "siren": "123"\n}\n',
    });
    const p = await loadProject(dir, tmp);
    const byCode = (code: string) => p.problems.filter((q) => q.code === code);
    expect(
      byCode("NRS_FILE_MISSING")
        .map((q) => q.file)
        .sort(),
    ).toEqual(["schema/programme-de-travail.json", "schema/strategie.json"]);
    const siren = p.problems.find((q) => q.file === "schema/collectivite.json" && q.path.join(".") === "siren");
    expect(siren).toMatchObject({ line: 4, column: 12 });
    const nom = p.problems.find((q) => q.path.join(".") === "nom");
    expect(nom).toMatchObject({ line: 3, column: 10 });
    // A required member that is absent is placed at the object that should hold it.
    const population = p.problems.find((q) => q.path.join(".") === "population");
    expect(population).toMatchObject({ line: 1, column: 1 });
  });

  it("reports invalid JSON with the position of the syntax error", async () => {
    const dir = folder("syntax", { "collectivite.json": '{\n  "type": "COMMUNE",\n  "nom" "x"\n}\n' });
    const p = await loadProject(dir, tmp);
    const syntax = p.problems.find((q) => q.code === "NRS_JSON_SYNTAX");
    expect(syntax?.file).toBe("syntax/collectivite.json");
    expect(syntax?.line).toBe(3);
    expect(syntax?.message.fr).toMatch(/^JSON invalide/);
    expect(syntax?.message.en).toMatch(/^Invalid JSON/);
  });

  it("checks nrs.json: unknown settings are warnings, a bad language an error", async () => {
    const dir = folder("settings", { "nrs.json": '{ "langue": "de", "couleur": "bleu" }' });
    const p = await loadProject(dir, tmp);
    const settings = p.problems.filter((q) => q.file === "settings/nrs.json");
    expect(settings.map((q) => [q.code, q.severity])).toEqual([
      ["NRS_UNKNOWN_KEY", "warning"],
      ["NRS_INVALID_ENUM", "error"],
    ]);
    expect(p.settings.langue).toBeUndefined();
  });

  it("finds a bilan whose year disagrees with its file name", async () => {
    const dir = folder("bilan-year", { "bilans/2024.json": JSON.stringify({ annee: 2023 }) });
    const p = await loadProject(dir, tmp);
    expect(p.years).toEqual([2024]);
    expect(p.problems.some((q) => q.file === "bilan-year/bilans/2024.json")).toBe(true);
  });

  it("refuses a folder that does not exist with exit code 3", async () => {
    await expect(loadProject("absent", tmp)).rejects.toSatisfy((e: unknown) => e instanceof CliError && e.exitCode === 3);
  });
});
