import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Decimal } from "decimal.js";
import { afterAll, describe, expect, it } from "vitest";
import { example, hasStackTrace, nrs, tempDir } from "./run-built-cli.js";

// A joint report from one folder: the agglomeration and its ville-centre Fictive-sur-Val (a member
// commune that gives its SIREN in collectivite.json), each with its own identity, obligations and figures.
const tmp = tempDir();
afterAll(tmp.cleanup);

const footprintLine = (md: string): string | undefined => md.split("\n").find((l) => l.startsWith("| Changement climatique (kgCO2e) |"));
const lastCell = (row: string | undefined): string => (row ?? "").split("|").slice(-2, -1)[0]!.trim();
const fr = (s: string): Decimal => new Decimal(s.replace(/\s/gu, "").replace(",", "."));

describe("nrs report --toutes-entites: the bilan of each bound collectivité from the common data", () => {
  it("writes one bilan per entity with its own name, SIREN, obligations and figures", async () => {
    const out = join(tmp.dir, "bilan-2025.md");
    const r = await nrs(["report", example, "--year", "2025", "--format", "md", "--toutes-entites", "--out", out, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { entites: { entite: string; siren: string; out: string }[] };
    expect(doc.entites.map((e) => [e.entite, e.siren])).toEqual([
      ["epci", "299901017"],
      ["26901", "212690101"],
    ]);
    const epci = readFileSync(join(tmp.dir, "bilan-2025-epci.md"), "utf8");
    const ville = readFileSync(join(tmp.dir, "bilan-2025-26901.md"), "utf8");
    expect(existsSync(out)).toBe(false);
    expect(ville).toContain("- **Nom**\u00A0: Fictive-sur-Val");
    expect(ville).toContain("- **SIREN**\u00A0: 212690101");
    expect(ville).toContain("- **Type**\u00A0: Commune");
    expect(ville).toContain("la collectivité n'est pas soumise à l'obligation");
    expect(epci).toContain("- **SIREN**\u00A0: 299901017");
    expect(epci).toContain("Avec plus de 50 000 habitants, la collectivité doit adopter");
    // Each bilan's footprint is its entity's, shares of the mutualised DSI included, as nrs indicators computes it.
    const ind = JSON.parse((await nrs(["indicators", example, "--year", "2025", "--json"])).stdout) as {
      allocation: { byEntity: Record<string, { values: { code: string; value: string }[] }> };
    };
    const total = (e: string) => new Decimal(ind.allocation.byEntity[e]!.values.find((v) => v.code === "empreinte-carbone-totale")!.value);
    expect(
      fr(lastCell(footprintLine(ville)))
        .minus(total("26901"))
        .abs()
        .lte("0.005"),
    ).toBe(true);
    expect(
      fr(lastCell(footprintLine(epci)))
        .minus(total("epci"))
        .abs()
        .lte("0.005"),
    ).toBe(true);
    expect(ville).toMatch(/\| Part de DSI mutualisée .* \| 678,04\skgCO2e \|/u);
    // Only the folder's collectivité has the territory section: the territory is its.
    expect(epci).toContain("territoire");
    expect(ville).not.toMatch(/^## .*territoire/imu);
  });

  it("--entite renders one entity's bilan, on standard output without --out", async () => {
    const r = await nrs(["report", example, "--year", "2025", "--format", "md", "--entite", "26901", "--lang", "en"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("- **SIREN**: 212690101");
    expect(r.stdout).toContain("not subject to the obligation");
  });

  it("refuses an entity that cannot have its own bilan, saying what to add", async () => {
    const unknown = await nrs(["report", example, "--year", "2025", "--entite", "26999", "--lang", "en"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("NRS_CLI_ENTITY_NOT_REPORTABLE");
    expect(unknown.stderr).toContain("Possible entities: epci, 26901.");
    const noSiren = await nrs(["report", example, "--year", "2025", "--entite", "26902", "--lang", "en"]);
    expect(noSiren.code).toBe(1);
    expect(noSiren.stderr).toContain("Member commune Val-le-Haut (26902) has no siren in collectivite.json");
    expect(noSiren.stderr).toContain("Add siren to its line of communesMembres.");
    expect(hasStackTrace(unknown.stderr + noSiren.stderr)).toBe(false);
    const noOut = await nrs(["report", example, "--toutes-entites"]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("--toutes-entites");
  });
});
