import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { computeTerritoryFootprint } from "@nrs/footprint";
import { copyExample, hasStackTrace, nrs, tempDir } from "./run-built-cli.js";

const tmp = tempDir();
afterAll(tmp.cleanup);
const EXAMPLE = join(import.meta.dirname, "../../../../examples/val-de-fictive");

describe("nrs footprint --perimetre", () => {
  it("territoire: the JSON document says its perimeter and carries the territory computed from territoire.json", async () => {
    const r = await nrs(["footprint", EXAMPLE, "--year", "2025", "--perimetre", "territoire", "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      perimetre: string;
      territoire: { year: number; total: { value: string }; bySegment: Record<string, { basis: string }> };
    };
    expect(doc.perimetre).toBe("territoire");
    expect(doc.territoire.year).toBe(2022);
    expect(doc.territoire.bySegment["terminaux"]?.basis).toBe("menages");
    // The same figure from the library, with the example's population and local data (territoire.json).
    const t = computeTerritoryFootprint({
      year: 2022,
      population: 121437,
      menages: 56840,
      abonnementsFixes: 53120,
      centresDeDonnees: {
        comptage: "usage",
        sites: [{ name: "Salle informatique du syndicat mixte Val-Numérique", itEnergyKWh: 185000, pue: "1.7" }],
      },
    });
    expect(doc.territoire.total.value).toBe(t.total.value.toString());
  });

  it("administration (the default) leaves the territory out; the human output of territoire has the segment table", async () => {
    const admin = await nrs(["footprint", EXAMPLE, "--year", "2025", "--json"]);
    expect(JSON.parse(admin.stdout).perimetre).toBe("administration");
    expect(JSON.parse(admin.stdout).territoire).toBeUndefined();
    const human = await nrs(["footprint", EXAMPLE, "--year", "2025", "--perimetre", "territoire", "--lang", "en"]);
    expect(human.stdout).toMatch(/Data centres\s+[\d,]+/);
    expect(human.stdout).toMatch(/Administration's share: /);
  });

  it("a data centre with a PUE below 1 is an error at its line in territoire.json", async () => {
    const project = copyExample(join(tmp.dir, "pue"));
    const file = join(project, "donnees", "2025", "territoire.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"pue": 1.7', '"pue": 0.9'));
    const r = await nrs(["footprint", project, "--year", "2025", "--perimetre", "tout", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/territoire\.json:10:\d+ error NRS_TERRITORY_BAD_PUE/);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  it("an unknown perimeter is a usage error", async () => {
    const r = await nrs(["footprint", EXAMPLE, "--perimetre", "commune"]);
    expect(r.code).toBe(2);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });
});
