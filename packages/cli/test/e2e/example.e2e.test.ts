import { spawn } from "node:child_process";
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Decimal as BaseDecimal } from "decimal.js";
import { afterAll, describe, expect, it } from "vitest";
import { bin, example, hasStackTrace, nrs, tempDir } from "./run-built-cli.js";

// Footprints are written with every digit the library computed: add them up without rounding.
const Decimal = BaseDecimal.clone({ precision: 200 });
type Decimal = InstanceType<typeof Decimal>;
const tmp = tempDir();
afterAll(tmp.cleanup);
const collectivite = JSON.parse(readFileSync(join(example, "collectivite.json"), "utf8")) as { nom: string };

interface Cell {
  value: string;
  min: string;
  max: string;
  unit: string;
}
interface FootprintDoc {
  ok: boolean;
  year: number;
  scope: string[];
  inventory: { stats: { records: number; goodRows: number; badRows: number }; byCriterion: Record<string, Cell> };
  categories: { source: string; impacts: Record<string, Record<string, Cell>> }[];
  printing?: { a4Sheets: string; pages: string };
  byCriterion: Record<string, Cell>;
  byType: Record<string, Record<string, Record<string, Cell>>>;
  byEntity: Record<string, Record<string, Record<string, Cell>>>;
  trace: { factors: { source: string; licence: string; pack: string }[] };
}

const gwpOf = (table: Record<string, Record<string, Cell>>): Decimal =>
  Object.values(table.gwp ?? {}).reduce((s, c) => s.plus(c.value), new Decimal(0));

describe("nrs on the example folder (examples/val-de-fictive)", () => {
  it("validate finds no error and exits 0", async () => {
    const r = await nrs(["validate", example, "--json"]);
    const doc = JSON.parse(r.stdout) as { ok: boolean; counts: { errors: number }; problems: unknown[] };
    expect(doc.counts.errors, JSON.stringify(doc.problems).slice(0, 2000)).toBe(0);
    expect(r.code).toBe(0);
    expect(doc.ok).toBe(true);
  });

  it("validate prints files then compliance, in French by default", async () => {
    const r = await nrs(["validate", example]);
    expect(r.stdout).toContain("Conformité (loi 2021-1485 art. 35, décret 2022-1084)");
    expect(r.stdout).toMatch(/aucune erreur/);
  });

  it("footprint --json: inventory, hosting and printing; the total equals the sum of the items and of the entities, with sources", async () => {
    const r = await nrs(["footprint", example, "--year", "2024", "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as FootprintDoc;
    expect(doc.year).toBe(2024);
    expect(doc.scope).toEqual(["inventaire.csv", "hebergement.json", "impressions.csv"]);
    expect(doc.inventory.stats.badRows).toBe(0);
    const total = new Decimal(doc.byCriterion.gwp?.value ?? "0");
    expect(total.gt(0)).toBe(true);
    const inventoryTotal = new Decimal(doc.inventory.byCriterion.gwp?.value ?? "0");
    expect(inventoryTotal.lt(total)).toBe(true);
    const byItem = doc.categories.reduce((s, c) => s.plus(gwpOf(c.impacts)), new Decimal(0));
    const byType = Object.values(doc.byType).reduce((s, t) => s.plus(gwpOf(t)), new Decimal(0));
    const byEntity = Object.values(doc.byEntity).reduce((s, t) => s.plus(gwpOf(t)), new Decimal(0));
    // The library writes each figure with 120 significant digits: parts and totals agree to that precision.
    const close = (a: Decimal, b: Decimal): boolean => a.minus(b).abs().lte(b.times("1e-100"));
    expect(close(byItem, total), `${byItem} vs ${total}`).toBe(true);
    expect(close(byEntity, total), `${byEntity} vs ${total}`).toBe(true);
    expect(close(byType, inventoryTotal), `${byType} vs ${inventoryTotal}`).toBe(true);
    // The paper of impressions.csv, from the file itself: A4-equivalent sheets (sheets when given, else pages,
    // halved when duplex; A3 twice) ÷ 500 × 2.29 kgCO2e per ream (the default pack's row, DINUM quoting ADEME).
    const rows = readFileSync(join(example, "donnees/2024/impressions.csv"), "utf8").trim().split("\n").slice(1);
    const sheets = rows.reduce((s, row) => {
      const [, format, , duplex, pages, given] = row.split(";");
      const size = format === "A3" ? 2 : 1;
      return s.plus(given ? new Decimal(given).times(size) : new Decimal(pages ?? "0").times(size).div(duplex === "oui" ? 2 : 1));
    }, new Decimal(0));
    expect(doc.printing?.a4Sheets).toBe(sheets.toString());
    const paper = doc.categories.filter((c) => c.source === "impressions");
    expect(paper.length).toBe(1);
    expect(gwpOf(paper[0]?.impacts ?? {}).toString()).toBe(sheets.div(500).times("2.29").toString());
    const cell = doc.byCriterion.gwp as Cell;
    expect(new Decimal(cell.min).lte(cell.value) && new Decimal(cell.value).lte(cell.max)).toBe(true);
    expect(doc.trace.factors.length).toBeGreaterThan(0);
    for (const f of doc.trace.factors) {
      expect(f.source).not.toBe("");
      expect(f.licence).not.toBe("");
    }
  });

  it("footprint prints a readable table in English, and no progress bar through a pipe", async () => {
    const r = await nrs(["footprint", example, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Total per criterion");
    expect(r.stdout).toContain("Climate change per device type");
    expect(r.stderr).not.toContain("\r");
  });

  it("report renders the bilan to HTML, Markdown and JSON files", async () => {
    const out = (ext: string): string => join(tmp.dir, "out", `bilan.${ext}`);
    for (const [format, ext] of [
      ["html", "html"],
      ["md", "md"],
      ["json", "json"],
    ] as const) {
      const r = await nrs(["report", example, "--year", "2025", "--format", format, "--out", out(ext)]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(out(ext).split("/").pop() as string);
      expect(existsSync(out(ext))).toBe(true);
    }
    const html = readFileSync(out("html"), "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    // The name as written in collectivite.json, up to its first character HTML would escape.
    expect(html).toContain(collectivite.nom.split(/['&<>"]/).pop() as string);
    expect(readFileSync(out("md"), "utf8")).toContain("#");
    expect(() => JSON.parse(readFileSync(out("json"), "utf8")) as unknown).not.toThrow();
  });

  it("report in English with --json gives one JSON document with the provenance", async () => {
    const r = await nrs(["report", example, "--year", "2025", "--lang", "en", "--json", "--out", join(tmp.dir, "en.html")]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { ok: boolean; provenance: unknown; out: string };
    expect(doc.ok).toBe(true);
    expect(doc.provenance).toBeDefined();
    expect(readFileSync(join(tmp.dir, "en.html"), "utf8")).toMatch(/<html[^>]*lang="en"/);
  });

  it("indicators --json: computed values with provenance, and the reasons of those not computed", async () => {
    const r = await nrs(["indicators", example, "--year", "2025", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      results: {
        values: { code: string; value: string; provenance: { quality: string } }[];
        notComputed: { code: string; reason: string }[];
      };
    };
    expect(doc.results.values.length).toBeGreaterThan(0);
    for (const v of doc.results.values) expect(new Decimal(v.value).isFinite()).toBe(true);
    // The indicators' footprint is the one `nrs footprint` prints: one computation, one figure.
    const fp = JSON.parse((await nrs(["footprint", example, "--year", "2025", "--json"])).stdout) as FootprintDoc;
    const total = doc.results.values.find((v) => v.code === "empreinte-carbone-totale");
    expect(total?.value).toBe(fp.byCriterion.gwp?.value);
  });

  it("export opendata writes the CSV of the national schema and its descriptor", async () => {
    const out = join(tmp.dir, "pub", "indicateurs-2025.csv");
    const r = await nrs(["export", "opendata", example, "--year", "2025", "--out", out, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { rows: number; schema: { id: string } };
    const csv = readFileSync(out, "utf8").trim().split("\n");
    expect(csv[0]).toMatch(/^administration_rattachement,nom_service_public_numerique,indicateur,valeur,/);
    expect(csv.length - 1).toBe(doc.rows);
    const resource = JSON.parse(readFileSync(join(tmp.dir, "pub", "indicateurs-2025.resource.json"), "utf8")) as { path: string };
    expect(resource.path).toBe("indicateurs-2025.csv");
  });

  it("a year without data is refused with what to do", async () => {
    const r = await nrs(["footprint", example, "--year", "1999", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("NRS_CLI_NO_DATA_FOR_YEAR");
    expect(r.stderr).toContain("Years in the folder:");
    expect(hasStackTrace(r.stderr)).toBe(false);
    const v = await nrs(["validate", example, "--year", "1999", "--json"]);
    expect(v.code).toBe(1);
    expect((JSON.parse(v.stdout) as { error: { code: string } }).error.code).toBe("NRS_CLI_NO_DATA_FOR_YEAR");
  });

  it("a reader that closes the pipe early (nrs … | head) gets no stack trace", async () => {
    // Thousands of bad lines make thousands of writes, most of them after the reader has gone.
    const project = join(tmp.dir, "many-problems");
    cpSync(example, project, { recursive: true });
    appendFileSync(join(project, "donnees/2025/inventaire.csv"), "X;ecran;-1;2020-01-01;;5;neuf;FR;;epci;\n".repeat(5000));
    const child = spawn(process.execPath, [bin, "validate", project], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(hasStackTrace(stderr), stderr.slice(0, 500)).toBe(false);
    expect(stderr).not.toContain("EPIPE");
    expect(code).not.toBeNull();
  });
});

describe("nrs init", () => {
  it("writes a starting folder that validates without error", async () => {
    const dir = join(tmp.dir, "nouveau");
    const init = await nrs(["init", dir]);
    expect(init.code).toBe(0);
    expect(existsSync(join(dir, "README.md"))).toBe(true);
    const r = await nrs(["validate", dir, "--json"]);
    const doc = JSON.parse(r.stdout) as { counts: { errors: number }; problems: unknown[]; findings: unknown[] };
    expect(doc.counts.errors, JSON.stringify([...doc.problems, ...doc.findings]).slice(0, 2000)).toBe(0);
    expect(r.code).toBe(0);
  });

  it("warns while the SIREN is still nrs init's placeholder, and not once it is replaced", async () => {
    const dir = join(tmp.dir, "a-remplacer");
    expect((await nrs(["init", dir])).code).toBe(0);
    const codes = async () => {
      const r = await nrs(["validate", dir, "--json"]);
      const doc = JSON.parse(r.stdout) as { findings: { code: string; file?: string; line?: number }[] };
      return { code: r.code, findings: doc.findings.filter((f) => f.code === "NRS_PLACEHOLDER_SIREN") };
    };
    const before = await codes();
    expect(before.code).toBe(0);
    expect(before.findings).toHaveLength(1);
    expect(before.findings[0]?.file?.endsWith("collectivite.json")).toBe(true);
    expect(before.findings[0]?.line).toBeGreaterThan(1);
    // Replace the placeholder everywhere with a real-looking SIREN (valid key): the warning goes away.
    for (const f of readdirSync(dir, { recursive: true }) as string[]) {
      if (!f.endsWith(".json")) continue;
      const path = join(dir, f);
      writeFileSync(path, readFileSync(path, "utf8").replaceAll('"000000000"', '"299901017"'));
    }
    const after = await codes();
    expect(after.code).toBe(0);
    expect(after.findings).toHaveLength(0);
  });

  it("refuses a folder that is not empty", async () => {
    const r = await nrs(["init", example]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("NRS_CLI_NOT_EMPTY");
  });
});
