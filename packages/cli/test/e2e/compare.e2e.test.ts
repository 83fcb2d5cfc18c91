import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hasStackTrace, nrs, repoRoot, tempDir } from "./run-built-cli.js";

const tmp = tempDir();
afterAll(tmp.cleanup);
const valDeFictive = join(repoRoot, "examples/val-de-fictive");
const fictiville = join(repoRoot, "examples/fictiville");

interface Doc {
  ok: boolean;
  year: number;
  comparison: { indicators: { key: string; groups: { values: { subject: string; rank: number }[] }[] }[]; subjects: { id: string }[] };
  problems: { code: string; file?: string }[];
}
const doc = (stdout: string): Doc => JSON.parse(stdout) as Doc;

describe("nrs compare", () => {
  it("compares two project folders: every indicator both compute, ranks 1 and 2", async () => {
    const r = await nrs(["compare", valDeFictive, fictiville, "--year", "2025", "--json"]);
    expect(r.code).toBe(0);
    const d = doc(r.stdout);
    expect(d.comparison.subjects.map((s) => s.id)).toEqual(["299901017", "212650105"]);
    const both = await Promise.all(
      [valDeFictive, fictiville].map(async (f) => doc2codes((await nrs(["indicators", f, "--year", "2025", "--json"])).stdout)),
    );
    const common = both[0]!.filter((c) => both[1]!.includes(c));
    expect(common.length).toBeGreaterThan(10);
    for (const code of common) {
      const c = d.comparison.indicators.find((i) => i.key === code);
      expect(c, code).toBeDefined();
      expect(c!.groups[0]!.values.map((v) => v.rank).sort()).toEqual([1, 2]);
    }
  });

  it("accepts a portfolio folder whose sub-folders are projects, and writes an HTML page", async () => {
    const portfolio = join(tmp.dir, "clients");
    mkdirSync(portfolio);
    cpSync(valDeFictive, join(portfolio, "a"), { recursive: true });
    cpSync(fictiville, join(portfolio, "b"), { recursive: true });
    const out = join(tmp.dir, "comparaison.html");
    const r = await nrs(["compare", portfolio, "--groupe", "taille", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("[2/2]");
    const page = readFileSync(out, "utf8");
    expect(page).toContain("Ville de Fictiville");
    expect(page).toContain("de 50 001 à 100 000 habitants");
    expect(page).not.toMatch(/<script/i);
  });

  it("refuses a duplicate collectivité instead of merging it (exit 1)", async () => {
    const r = await nrs(["compare", valDeFictive, valDeFictive, fictiville, "--json"]);
    expect(r.code).toBe(1);
    expect(doc(r.stdout).problems.map((p) => p.code)).toContain("NRS_COMPARE_DUPLICATE_SUBJECT");
  });

  it("names a published file of an older schema version, and a year a folder lacks", async () => {
    const old = join(tmp.dir, "ancien.csv");
    writeFileSync(
      old,
      "administration_rattachement,nom_service_public_numerique,indicateur,valeur,unite_mesure,est_cible,frequence_monitoring,date,est_periode,date_debut,est_automatise,source_collecte,code_insee,dataviz_wish,commentaires\n",
    );
    const r = await nrs(["compare", valDeFictive, fictiville, old, "--year", "2023", "--json"]);
    expect(r.code).toBe(1);
    const codes = doc(r.stdout).problems.map((p) => p.code);
    expect(codes).toContain("NRS_OPENDATA_OLD_VERSION");
    expect(codes).toContain("NRS_COMPARE_YEAR_MISSING");
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it("never lets --out replace a file of a compared folder or a compared file", async () => {
    const a = join(tmp.dir, "guard-a");
    cpSync(valDeFictive, a, { recursive: true });
    const before = readFileSync(join(a, "collectivite.json"), "utf8");
    const intoProject = await nrs(["compare", a, fictiville, "--year", "2025", "--out", join(a, "collectivite.json")]);
    expect(intoProject.code).toBe(2);
    expect(intoProject.stderr).toContain("NRS_CLI_BAD_OUT");
    expect(readFileSync(join(a, "collectivite.json"), "utf8")).toBe(before);
    const published = join(tmp.dir, "publie.csv");
    expect((await nrs(["export", "opendata", a, "--year", "2025", "--out", published])).code).toBe(0);
    const csv = readFileSync(published, "utf8");
    const overInput = await nrs(["compare", fictiville, published, "--year", "2025", "--out", published]);
    expect(overInput.code).toBe(2);
    expect(readFileSync(published, "utf8")).toBe(csv);
  });

  it("explains a missing argument with exit 2", async () => {
    const r = await nrs(["compare"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("NRS_CLI_MISSING_ARGUMENT");
  });
});

function doc2codes(stdout: string): string[] {
  return (JSON.parse(stdout) as { results: { values: { code: string }[] } }).results.values.map((v) => v.code);
}
