import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as z from "zod";
import { afterAll, describe, expect, it } from "vitest";
import { ASSET_PROFILES } from "@nrs/footprint";
import { loadProject } from "../../src/project/load-project.js";
import { parseProjectSettings } from "../../src/project/parse-project-settings.js";
import { READ_KEYS } from "../../src/project/settings-schema.js";

const shipped = z.fromJSONSchema(JSON.parse(readFileSync(resolve(import.meta.dirname, "../../schemas/nrs.schema.json"), "utf8")) as never);
const tmp = mkdtempSync(join(tmpdir(), "nrs-settings-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Settings with nothing unknown: the shipped JSON Schema accepts exactly those nrs reads without an error.
const CASES: unknown[] = [
  {},
  { langue: "en" },
  { langue: "de" },
  { facteurs: ["facteurs/mine.json"] },
  { facteurs: "pack.json" },
  { facteurs: [""] },
  { facteurs: [3] },
  { inventaire: {} },
  { inventaire: "glpi" },
  { inventaire: { correspondance: { name: "mine", columns: { Type: "type", Note: null }, constants: { origine: "neuf" } } } },
  { inventaire: { correspondance: { values: { type: { ecran: 7 } } } } },
  { inventaire: { correspondance: { columns: { Type: 1 } } } },
  { inventaire: { correspondance: 3 } },
  { inventaire: { glpi: { types: { Portable: "ordinateur_portable", Serveur: null }, entites: { "Ville > Mairie": "26901" } } } },
  { inventaire: { ocs: { statuts: { Actif: "en_service" }, ordreDate: "dmy" } } },
  { inventaire: { ocs: { statuts: { Actif: "actif" } } } },
  { inventaire: { snipeit: { ordreDate: "ymd" } } },
  { inventaire: { snipeit: { type: 3 } } },
  { inventaire: { glpi: { sites: { Ecole: 1 } } } },
  { $schema: "https://unpkg.com/@nrs/cli/schemas/nrs.schema.json", $comment: ["free"] },
  { inventaire: { glpi: {}, fichiers: { "inventaire-reseau.csv": { glpi: { type: "switch" } }, "inventaire.csv": {} } } },
  { inventaire: { fichiers: { "inventaire-ecrans.csv": { correspondance: { columns: { Type: "type" } } } } } },
  { inventaire: { fichiers: { "reseau.csv": { glpi: {} } } } },
  { inventaire: { fichiers: { "inventaire-reseau.csv": { glpi: { type: 3 } } } } },
  { inventaire: { fichiers: { "inventaire-reseau.csv": "glpi" } } },
  { inventaire: { fichiers: [] } },
];

describe("nrs.json has one schema: the runtime check and the shipped JSON Schema", () => {
  it("accept and refuse the same settings", () => {
    for (const value of CASES) {
      const errors = parseProjectSettings(value).problems.filter((p) => p.severity === "error");
      expect(shipped.safeParse(value).success, JSON.stringify(value)).toBe(errors.length === 0);
    }
  });

  it("inventaire.fichiers: each file's settings read like inventaire's; a name that is not an inventory file is an error and left out", () => {
    const r = parseProjectSettings({
      inventaire: { fichiers: { "inventaire-reseau.csv": { glpi: { type: "switch" } }, "reseau.csv": { glpi: {} }, "inventaire.csv": {} } },
    });
    expect(r.problems.map((p) => [p.code, p.severity, p.path.join(".")])).toEqual([
      ["NRS_INVALID_VALUE", "error", "inventaire.fichiers.reseau.csv"],
    ]);
    expect(r.settings.inventaire).toEqual({
      fichiers: {
        "inventaire-reseau.csv": { glpi: { type: "switch" }, profile: { id: "glpi", settings: { type: "switch" } } },
        "inventaire.csv": {},
      },
    });
  });

  it("an unknown member: refused by the JSON Schema (an editor flags it), a warning at run time, and ignored", () => {
    const r = parseProjectSettings({ langue: "en", couleur: "bleu", inventaire: { glpi: { couleur: 1, type: "ecran" } } });
    expect(r.problems.map((p) => [p.code, p.severity, p.path.join(".")])).toEqual([
      ["NRS_UNKNOWN_KEY", "warning", "inventaire.glpi.couleur"],
      ["NRS_UNKNOWN_KEY", "warning", "couleur"],
    ]);
    expect(r.settings).toEqual({
      langue: "en",
      inventaire: { glpi: { type: "ecran" }, profile: { id: "glpi", settings: { type: "ecran" } } },
    });
    expect(shipped.safeParse({ couleur: "bleu" }).success).toBe(false);
  });

  it("a wrong member is an error and left out, the rest still applies; two ways of reading the inventory are refused", () => {
    const r = parseProjectSettings({ langue: "de", facteurs: ["p.json"], inventaire: { correspondance: {}, glpi: {} } });
    expect(r.problems.map((p) => [p.code, p.path.join(".")])).toEqual([
      ["NRS_INVALID_ENUM", "langue"],
      ["NRS_INVALID_VALUE", "inventaire"],
    ]);
    expect(r.settings).toEqual({ facteurs: ["p.json"] });
    expect(parseProjectSettings({ inventaire: { glpi: { entities: { A: "26901" } } } }).settings.inventaire?.profile?.settings).toEqual({
      entites: { A: "26901" },
    });
  });

  it("writes out the profiles of @nrs/footprint's registry", () => {
    expect([...READ_KEYS].sort()).toEqual(["correspondance", ...ASSET_PROFILES.map((p) => p.id)].sort());
  });

  it("places every problem at its file, line and column", async () => {
    const dir = join(tmp, "p");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "nrs.json"),
      '{\n  "langue": "fr",\n  "inventaire": {\n    "correspondance": { "values": { "type": { "ecran": 7 } } }\n  }\n}\n',
    );
    const p = await loadProject(dir, tmp);
    const bad = p.problems.find((q) => q.file === "p/nrs.json");
    expect([bad?.code, bad?.severity, bad?.line, bad?.column]).toEqual(["NRS_INVALID_TYPE", "error", 4, 56]);
    expect(p.settings).toEqual({ langue: "fr" });
  });
});
