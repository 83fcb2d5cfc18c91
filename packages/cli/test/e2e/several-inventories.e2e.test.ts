import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Decimal as BaseDecimal } from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nrs, tempDir, type CliRun } from "./run-built-cli.js";

// An asset manager exports computers, monitors and network gear separately: three inventory files of
// one year, each read with its own settings (nrs.json › inventaire › fichiers), summed by every command.
const COMPUTERS = [
  "type;quantite;date_acquisition;entite;site",
  "ordinateur_portable;40;2022-09-01;epci;agents",
  "ordinateur_fixe;12;2021-03-15;01001;Écoles",
].join("\n");
// The monitors' file in its own delimiter and column names, read with a column mapping.
const MONITORS = ["Catégorie,Nombre,Achat,Commune", "Moniteur,30,2022-09-01,01002", "Moniteur,8,2020-01-10,epci"].join("\n");
const MONITORS_MAPPING = {
  correspondance: {
    name: "Export des écrans",
    columns: { Catégorie: "type", Nombre: "quantite", Achat: "date_acquisition", Commune: "entite" },
    values: { type: { Moniteur: "ecran" } },
  },
};
// A raw French GLPI export of the network gear: a scrapped switch, a site entity name to translate.
const NETWORK = [
  `"Nom";"Entité";"Statut";"Type";"Date d'achat"`,
  `"SW-01";"Entité racine > Agglo";"En service";"Switch";"12-03-2021"`,
  `"SW-02";"Entité racine > Agglo";"Rebut";"Switch";"12-03-2015"`,
  `"AP-01";"Entité racine > Agglo";"En service";"Point d'accès Wi-Fi";"01-06-2022"`,
].join("\r\n");
const NETWORK_GLPI = { glpi: { entites: { "Entité racine > Agglo": "epci" } } };

// Enough digits that the comparisons below are exact (the CLI writes every digit it computed).
const Decimal = BaseDecimal.clone({ precision: 100 });
type Decimal = BaseDecimal;

const tmp = tempDir();
afterAll(tmp.cleanup);

/** A folder made by `nrs init` with the given inventory files (name → text) and `inventaire` settings. */
async function folder(name: string, files: Record<string, string>, inventaire: unknown): Promise<{ dir: string; year: string }> {
  const dir = join(tmp.dir, name);
  expect((await nrs(["init", dir])).code).toBe(0);
  const year = readdirSync(join(dir, "donnees"))[0] as string;
  rmSync(join(dir, "donnees", year, "inventaire.csv"));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, "donnees", year, file), `${text}\n`);
  const settingsFile = join(dir, "nrs.json");
  writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(readFileSync(settingsFile, "utf8")), inventaire }, null, 2));
  const c = join(dir, "collectivite.json");
  writeFileSync(c, JSON.stringify({ ...JSON.parse(readFileSync(c, "utf8")), agentsEtp: 100 }, null, 2));
  return { dir, year };
}

interface FootprintDoc {
  total: { gwp: Record<string, { value: string }> };
  byEntity: Record<string, unknown>;
  bySite: Record<string, { gwp: Record<string, { value: string }> }>;
  scope: string[];
  inventory: { stats: { records: number; goodRows: number; quantity: number; leftOut?: { retired?: { rows: number } } } };
  problems: { code: string; file?: string; line?: number; severity: string }[];
}

const gwp = (doc: FootprintDoc): Decimal => Object.values(doc.total.gwp).reduce((s, c) => s.plus(c.value), new Decimal(0));
const footprint = async (dir: string, year: string): Promise<{ run: CliRun; doc: FootprintDoc }> => {
  const run = await nrs(["footprint", dir, "--year", year, "--json"]);
  return { run, doc: JSON.parse(run.stdout) as FootprintDoc };
};

let all: { dir: string; year: string };
let each: Decimal;

beforeAll(async () => {
  all = await folder(
    "trois-fichiers",
    { "inventaire.csv": COMPUTERS, "inventaire-moniteurs.csv": MONITORS, "inventaire-reseau.csv": NETWORK },
    { fichiers: { "inventaire-moniteurs.csv": MONITORS_MAPPING, "inventaire-reseau.csv": NETWORK_GLPI } },
  );
  // Each file alone, as the single inventaire.csv of a folder with the same settings as common ones.
  const alone = await Promise.all([
    folder("ordinateurs", { "inventaire.csv": COMPUTERS }, {}),
    folder("moniteurs", { "inventaire.csv": MONITORS }, MONITORS_MAPPING),
    folder("reseau", { "inventaire.csv": NETWORK }, NETWORK_GLPI),
  ]);
  const totals = await Promise.all(alone.map(async (f) => gwp((await footprint(f.dir, f.year)).doc)));
  each = totals.reduce((s, t) => s.plus(t), new Decimal(0));
}, 180_000);

describe("several inventory files in one year", () => {
  it("nrs footprint reads each with its own settings and sums them exactly", async () => {
    const { run, doc } = await footprint(all.dir, all.year);
    expect(run.code, run.stderr).toBe(0);
    expect(doc.scope).toEqual(["inventaire.csv", "inventaire-moniteurs.csv", "inventaire-reseau.csv"]);
    expect(doc.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(gwp(doc).toString()).toBe(each.toString());
    expect(doc.inventory.stats).toMatchObject({ records: 7, goodRows: 6, quantity: 92, leftOut: { retired: { rows: 1 } } });
    // The GLPI entity name was translated with the network file's own settings.
    expect(Object.keys(doc.byEntity).sort()).toEqual(["01001", "01002", "epci"]);
  });

  it("the site column splits the inventory by usage in nrs footprint and in the bilan", async () => {
    const { doc } = await footprint(all.dir, all.year);
    // « Écoles » is read as the usage code ecoles; the other files say no site.
    expect(Object.keys(doc.bySite)).toEqual(["", "agents", "ecoles"]);
    const sum = Object.values(doc.bySite).reduce((s, t) => s.plus(gwp({ total: t } as unknown as FootprintDoc)), new Decimal(0));
    expect(sum.toString()).toBe(gwp(doc).toString());
    const text = await nrs(["footprint", all.dir, "--year", all.year]);
    expect(text.stdout).toContain("Changement climatique par usage (inventaire, colonne site)");
    expect(text.stdout).toMatch(/Écoles +\d/);
    const md = await nrs(["report", all.dir, "--year", all.year, "--format", "md"]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain("Changement climatique du parc d'équipements par usage (colonne site de l'inventaire)");
    expect(md.stdout).toMatch(/\| Écoles \| [\d  ,]+ \|/);
    expect(md.stdout).toMatch(/\| Agents \(services\) \|/);
  });

  it("nrs footprint shows one line per file", async () => {
    const run = await nrs(["footprint", all.dir, "--year", all.year]);
    expect(run.stdout).toContain("Parc d'équipements (inventaire-moniteurs.csv)");
    expect(run.stdout).toContain("Parc d'équipements (inventaire-reseau.csv)");
    expect(run.stdout).toContain("  inventaire-reseau.csv : 3 lignes lues, 2 retenues, 0 refusées ; 2 équipements.");
  });

  it("nrs indicators, report and export count every file", async () => {
    const ind = await nrs(["indicators", all.dir, "--year", all.year, "--json"]);
    expect(ind.code, ind.stderr).toBe(0);
    const values = (JSON.parse(ind.stdout) as { results: { values: { code: string; entity: string; value: string }[] } }).results.values;
    const total = values.find((v) => v.code === "empreinte-carbone-totale" && v.entity === "*");
    expect(new Decimal(total?.value ?? "0").toString()).toBe(each.toString());
    // 92 devices of the three files for 100 agents.
    expect(
      values.find((v) => v.code === "equipements-par-agent" && v.entity === "*")?.value,
      JSON.stringify(values.map((v) => [v.code, v.entity, v.value])),
    ).toBe("0.92");
    const report = await nrs(["report", all.dir, "--year", all.year, "--format", "json"]);
    expect(report.code, report.stderr).toBe(0);
    const out = join(tmp.dir, "indicateurs.csv");
    const exported = await nrs(["export", "opendata", all.dir, "--year", all.year, "--out", out]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("empreinte-carbone-totale");
    const validate = await nrs(["validate", all.dir, "--year", all.year, "--json"]);
    expect(validate.code, validate.stdout).toBe(0);
  });

  it("a problem names its file and line", async () => {
    const broken = await folder(
      "ligne-fausse",
      { "inventaire.csv": COMPUTERS, "inventaire-moniteurs.csv": `${MONITORS}\nMoniteur,beaucoup,2022-09-01,epci` },
      { fichiers: { "inventaire-moniteurs.csv": MONITORS_MAPPING } },
    );
    const { run, doc } = await footprint(broken.dir, broken.year);
    expect(run.code).toBe(1);
    const errors = doc.problems.filter((p) => p.severity === "error");
    expect(errors.map((p) => [p.file?.replace(/\\/g, "/").replace(/^.*\/donnees\//, "donnees/"), p.line])).toEqual([
      [`donnees/${broken.year}/inventaire-moniteurs.csv`, 4],
    ]);
  });

  it("a wrong file name in fichiers is an error at its path in nrs.json", async () => {
    const bad = await folder("mauvais-nom", { "inventaire.csv": COMPUTERS }, { fichiers: { "parc.csv": { glpi: {} } } });
    const run = await nrs(["validate", bad.dir, "--year", bad.year]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/nrs\.json:\d+:\d+ erreur NRS_INVALID_VALUE « parc\.csv » n'est pas un nom de fichier d'inventaire/);
  });
});
