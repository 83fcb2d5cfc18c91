import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Decimal as BaseDecimal } from "decimal.js";
import { afterAll, describe, expect, it } from "vitest";
import { catalogue } from "@nrs/indicators";
import { copyExample, example, nrs, tempDir } from "./run-built-cli.js";

// nrs indicators and nrs report split the example's mutualised DSI between the agglomeration, its
// ville-centre and the CCAS, indicator by indicator. Figures are written with every digit: sums are
// checked without rounding.
const Decimal = BaseDecimal.clone({ precision: 200 });
const tmp = tempDir();
afterAll(tmp.cleanup);

interface Value {
  code: string;
  value: string;
  perimetre?: string;
}
interface Doc {
  results: { values: Value[] };
  allocation: {
    splits: {
      code: string;
      basis: string;
      keys: Record<string, string>;
      rows: { code: string; total: string; parts: Record<string, string> }[];
    }[];
    byEntity: Record<string, { values: Value[] }>;
  };
}
const valueOf = (r: { values: Value[] } | undefined, code: string): string | undefined => r?.values.find((v) => v.code === code)?.value;
const ADDITIVE = new Set<string>(catalogue.filter((d) => d.aggregation === "sum" && d.perimetre !== "TERRITOIRE").map((d) => d.code));

async function indicators(project: string): Promise<Doc> {
  const r = await nrs(["indicators", project, "--year", "2025", "--json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Doc;
}

describe("nrs indicators with a shared service", () => {
  it("splits the DSI's footprint by its shares, the parts adding up to the service's figure exactly", async () => {
    const doc = await indicators(example);
    const [split] = doc.allocation.splits;
    expect(split?.code).toBe("dsi-mutualisee");
    expect(split?.keys).toEqual({ epci: "0.7", "26901": "0.25", "ccas-fictive-sur-val": "0.05" });
    const row = split!.rows.find((x) => x.code === "empreinte-carbone-totale")!;
    const sum = Object.values(row.parts).reduce((s, v) => s.plus(v), new Decimal(0));
    expect(sum.eq(row.total)).toBe(true);
    // The service's figure is the footprint of its own lines, as nrs footprint computes it.
    const fp = JSON.parse((await nrs(["footprint", example, "--year", "2025", "--json"])).stdout) as {
      byEntity: Record<string, { gwp: Record<string, { value: string }> }>;
    };
    const gwp = (e: string) => Object.values(fp.byEntity[e]!.gwp).reduce((s, c) => s.plus(c.value), new Decimal(0));
    expect(gwp("dsi-mutualisee").eq(row.total)).toBe(true);
    // The CCAS's footprint is its own laptops plus its part; its footprint per agent divides both by its 48 agents.
    const ccas = doc.allocation.byEntity["ccas-fictive-sur-val"];
    const ccasTotal = new Decimal(valueOf(ccas, "empreinte-carbone-totale")!);
    expect(ccasTotal.eq(gwp("ccas-fictive-sur-val").plus(row.parts["ccas-fictive-sur-val"]!))).toBe(true);
    expect(new Decimal(valueOf(ccas, "empreinte-carbone-par-agent")!).minus(ccasTotal.div(48)).abs().lte("1e-20")).toBe(true);
  });

  it("rolls the entities up to the whole without double counting: every additive indicator sums to the collectivité's", async () => {
    const doc = await indicators(example);
    const checked: string[] = [];
    for (const v of doc.results.values) {
      if (!ADDITIVE.has(v.code)) continue;
      const sum = Object.values(doc.allocation.byEntity).reduce((s, r) => s.plus(valueOf(r, v.code) ?? 0), new Decimal(0));
      expect(sum.toString(), v.code).toBe(new Decimal(v.value).toString());
      checked.push(v.code);
    }
    expect(checked).toContain("empreinte-carbone-totale");
    expect(checked.length).toBeGreaterThan(5);
    expect(Object.keys(doc.allocation.byEntity)).not.toContain("dsi-mutualisee");
  });

  it("splits a service's records by the agents key (1184.6 : 48), exactly", async () => {
    const project = copyExample(join(tmp.dir, "agents"));
    const file = join(project, "collectivite.json");
    const c = JSON.parse(readFileSync(file, "utf8")) as { servicesPartages: Record<string, unknown>[] };
    c.servicesPartages[0] = { ...c.servicesPartages[0], entites: ["epci", "ccas-fictive-sur-val"], cle: "agents" };
    delete c.servicesPartages[0].parts;
    writeFileSync(file, JSON.stringify(c, null, 2));
    appendFileSync(
      join(project, "donnees/2025/evenements.csv"),
      "dsi-mutualisee;2025-06-12;FORMATION;AGENTS;37;non;Sobriété des serveurs\n",
    );
    const doc = await indicators(project);
    const split = doc.allocation.splits[0]!;
    expect(split.basis).toBe("agents");
    expect(split.keys).toEqual({ epci: "1184.6", "ccas-fictive-sur-val": "48" });
    const trained = split.rows.find((x) => x.code === "agents-formes")!;
    expect(trained.total).toBe("37");
    expect(new Decimal(trained.parts.epci!).plus(trained.parts["ccas-fictive-sur-val"]!).toString()).toBe("37");
    expect(new Decimal(trained.parts["ccas-fictive-sur-val"]!).minus(new Decimal(37).times(48).div("1232.6")).abs().lte("1e-10")).toBe(
      true,
    );
    const before = await indicators(example);
    const own = (d: Doc, e: string) => new Decimal(valueOf(d.allocation.byEntity[e], "agents-formes") ?? 0);
    expect(own(doc, "ccas-fictive-sur-val").eq(own(before, "ccas-fictive-sur-val").plus(trained.parts["ccas-fictive-sur-val"]!))).toBe(
      true,
    );
    expect(new Decimal(valueOf(doc.results, "agents-formes")!).eq(new Decimal(valueOf(before.results, "agents-formes")!).plus(37))).toBe(
      true,
    );
  });

  it("says how the service was split, in the text output and in the bilan", async () => {
    const text = await nrs(["indicators", example, "--year", "2025", "--lang", "en"]);
    expect(text.stdout).toMatch(
      /Shared service "DSI mutualisée .*" \(dsi-mutualisee\), split by set shares: Communauté d'agglomération de Val-de-Fictive 0\.7 \(70 %\); Fictive-sur-Val 0\.25 \(25 %\); CCAS de Fictive-sur-Val 0\.05 \(5 %\)/,
    );
    expect(text.stdout).toContain("Indicators per entity, shares of the shared services included");
    const out = join(tmp.dir, "bilan.md");
    const r = await nrs(["report", example, "--year", "2025", "--format", "md", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(out, "utf8");
    expect(md).toMatch(
      /\*\*DSI mutualisée .*\u00A0: indicateurs répartis selon des parts fixées \(Communauté d'agglomération de Val-de-Fictive 0,7 ; Fictive-sur-Val 0,25 ; CCAS de Fictive-sur-Val 0,05\)\*\*/u,
    );
    expect(md).toMatch(/\| Empreinte carbone du numérique de l'administration \(kgCO2e\) \| 2\s712,14 \| 1\s898,5 \| 678,04 \| 135,61 \|/u);
  });
});
