import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Decimal as BaseDecimal } from "decimal.js";
import { afterAll, describe, expect, it } from "vitest";
import { copyExample, example, hasStackTrace, nrs, tempDir } from "./run-built-cli.js";

// The example's mutualised DSI (hebergement.json lines tagged dsi-mutualisee) split between the
// agglomeration, its ville-centre and the ville-centre's CCAS by the shares of collectivite.json.
// Footprints are written with every digit: add them up without rounding.
const Decimal = BaseDecimal.clone({ precision: 200 });
const tmp = tempDir();
afterAll(tmp.cleanup);
let n = 0;
const freshCopy = (): string => copyExample(join(tmp.dir, `copy-${n++}`));

interface Doc {
  byEntity: Record<string, { gwp?: Record<string, { value: string }> }>;
  allocation: { splits: { code: string; basis: string; total: string; parts: Record<string, string> }[]; byEntity: Record<string, string> };
}
const gwpOf = (t: { gwp?: Record<string, { value: string }> }) =>
  Object.values(t.gwp ?? {}).reduce((s, c) => s.plus(c.value), new Decimal(0));

describe("nrs footprint with a shared service", () => {
  it("splits the service's figure by its shares, exactly, and says how", async () => {
    const r = await nrs(["footprint", example, "--year", "2025", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    const [split] = doc.allocation.splits;
    expect(split?.code).toBe("dsi-mutualisee");
    expect(split?.basis).toBe("custom");
    // The service's total is the footprint of its own lines, before the split.
    expect(split?.total).toBe(gwpOf(doc.byEntity["dsi-mutualisee"]!).toString());
    const parts = split!.parts;
    expect(Object.keys(parts).sort()).toEqual(["26901", "ccas-fictive-sur-val", "epci"]);
    expect(
      Object.values(parts)
        .reduce((s, v) => s.plus(v), new Decimal(0))
        .eq(split!.total),
    ).toBe(true);
    // 5 % to the CCAS, within the 10-decimal rounding of each part.
    expect(new Decimal(parts["ccas-fictive-sur-val"]!).minus(new Decimal(split!.total).times("0.05")).abs().lte("1e-10")).toBe(true);
    // Conservation: Σ per entity after the split = Σ per entity before it.
    const before = Object.values(doc.byEntity).reduce((s, t) => s.plus(gwpOf(t)), new Decimal(0));
    const after = Object.values(doc.allocation.byEntity).reduce((s, v) => s.plus(v), new Decimal(0));
    expect(after.eq(before)).toBe(true);
    expect(doc.allocation.byEntity["dsi-mutualisee"]).toBeUndefined();
    // The CCAS has its own laptops plus its share of the DSI.
    expect(
      new Decimal(doc.allocation.byEntity["ccas-fictive-sur-val"]!).eq(
        gwpOf(doc.byEntity["ccas-fictive-sur-val"]!).plus(parts["ccas-fictive-sur-val"]!),
      ),
    ).toBe(true);

    const text = await nrs(["footprint", example, "--year", "2025"]);
    expect(text.stdout).toMatch(/Service partagé « DSI mutualisée .* » \(dsi-mutualisee\) : .* kgCO2e répartis selon des parts fixées/);
    expect(text.stdout).toContain("CCAS de Fictive-sur-Val");
  });

  it("nrs report says how the DSI's figure was split, with the same parts", async () => {
    const out = join(tmp.dir, "bilan.md");
    const r = await nrs(["report", example, "--year", "2025", "--format", "md", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(out, "utf8");
    expect(md).toContain("#### Services partagés");
    expect(md).toMatch(
      /\*\*DSI mutualisée \(salle informatique de l'hôtel d'agglomération\)\u00A0: .* kgCO2e répartis selon des parts fixées\*\*/u,
    );
    expect(md).toMatch(/\| CCAS de Fictive-sur-Val \| 0,05 \| 5 \| /);
  });

  it("shares that do not add up to 1 are refused at their line and column in collectivite.json", async () => {
    const project = freshCopy();
    const file = join(project, "collectivite.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"ccas-fictive-sur-val": "0.05"', '"ccas-fictive-sur-val": "0.04"'));
    const r = await nrs(["validate", project, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/collectivite\.json:\d+:\d+/);
    expect(r.stdout + r.stderr).toContain("NRS_SHARES_NOT_ONE");
    expect(r.stdout + r.stderr).toContain("The shares add up to 0.99 instead of exactly 1.");
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  it("a service naming an undeclared entity, and a key without data, are refused with what to do", async () => {
    const project = freshCopy();
    const file = join(project, "collectivite.json");
    const c = JSON.parse(readFileSync(file, "utf8")) as { servicesPartages: { entites: string[]; cle: string; parts?: unknown }[] };
    c.servicesPartages[0]!.entites[2] = "cias";
    c.servicesPartages.push({ code: "sig", nom: "SIG", entites: ["epci", "26901"], cle: "agents" } as never);
    writeFileSync(file, JSON.stringify(c, null, 2));
    const r = await nrs(["validate", project, "--lang", "en"]);
    expect(r.code).toBe(1);
    const out = r.stdout + r.stderr;
    expect(out).toContain("NRS_UNDECLARED_ENTITY");
    expect(out).toContain("NRS_ALLOCATION_KEY_NO_DATA");
    expect(out).toMatch(/collectivite\.json:\d+:\d+/);
  });
});
