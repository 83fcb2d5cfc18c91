import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Decimal as BaseDecimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { example, nrs } from "./run-built-cli.js";

// One allocation rule (allocateImpacts of @nrs/indicators) behind every command: the example's shared
// DSI is split between the agglomeration, its ville-centre and the CCAS, and nrs footprint, nrs
// indicators and nrs report (its JSON document) must print the same parts, digit for digit, adding up
// to the DSI's figure exactly. Figures are compared as the strings the commands write.
const Decimal = BaseDecimal.clone({ precision: 200 });
const SERVICE = "dsi-mutualisee";

interface Split {
  readonly total: string;
  readonly parts: Record<string, string>;
}

async function json<T>(args: readonly string[]): Promise<T> {
  const r = await nrs([...args, "--year", "2025", "--json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

/** Entity name (as the bilan writes it) → entite code, from the example's collectivite.json. */
function codesByName(): Map<string, string> {
  const c = JSON.parse(readFileSync(join(example, "collectivite.json"), "utf8")) as {
    nom: string;
    communesMembres?: { nom: string; codeInsee: string }[];
    entitesLiees?: { nom: string; code: string }[];
  };
  return new Map([
    [c.nom, "epci"],
    ...(c.communesMembres ?? []).map((m) => [m.nom, m.codeInsee] as [string, string]),
    ...(c.entitesLiees ?? []).map((e) => [e.nom, e.code] as [string, string]),
  ]);
}

async function footprintSplit(): Promise<Split> {
  const doc = await json<{ allocation: { splits: (Split & { code: string })[] } }>(["footprint", example]);
  return doc.allocation.splits.find((s) => s.code === SERVICE)!;
}

async function indicatorsSplit(): Promise<Split> {
  const doc = await json<{ allocation: { splits: { code: string; rows: (Split & { code: string })[] }[] } }>(["indicators", example]);
  const row = doc.allocation.splits.find((s) => s.code === SERVICE)!.rows.find((r) => r.code === "empreinte-carbone-totale")!;
  return { total: row.total, parts: row.parts };
}

/** The bilan's two tables of the split (`nrs report --format json --json`): the footprint's and the indicators'. */
async function reportSplits(): Promise<{ footprint: Split; indicators: Split }> {
  const doc = await json<{ content: string }>(["report", example, "--format", "json"]);
  const report = JSON.parse(doc.content) as {
    inputs: {
      empreinte: { repartitions: { total: string; parts: { entite: string; part: string }[] }[] };
      repartitionsIndicateurs: { entites: { nom: string }[]; lignes: { unite: string; total: string; parts: string[] }[] }[];
    };
  };
  const code = codesByName();
  const [fp] = report.inputs.empreinte.repartitions;
  const [ind] = report.inputs.repartitionsIndicateurs;
  const line = ind!.lignes.find((l) => l.unite === "kgCO2e")!;
  return {
    footprint: { total: fp!.total, parts: Object.fromEntries(fp!.parts.map((p) => [code.get(p.entite)!, p.part])) },
    indicators: { total: line.total, parts: Object.fromEntries(ind!.entites.map((e, i) => [code.get(e.nom)!, line.parts[i]!])) },
  };
}

describe("one allocation rule behind nrs footprint, nrs indicators and nrs report", () => {
  it("gives the same parts of the shared DSI, digit for digit, adding up to its figure exactly", async () => {
    const [footprint, indicators, report] = await Promise.all([footprintSplit(), indicatorsSplit(), reportSplits()]);
    expect(Object.keys(footprint.parts).sort()).toEqual(["26901", "ccas-fictive-sur-val", "epci"]);
    for (const other of [indicators, report.footprint, report.indicators]) {
      expect(other.total).toBe(footprint.total);
      expect(other.parts).toEqual(footprint.parts);
    }
    const sum = Object.values(footprint.parts).reduce((s, p) => s.plus(p), new Decimal(0));
    expect(sum.toFixed()).toBe(new Decimal(footprint.total).toFixed());
    // The shares of collectivite.json (0.7, 0.25, 0.05), each part truncated to 10 decimal places but the
    // CCAS's, which takes the remainder: within 3e-10 of total × share, never below it for the CCAS.
    const total = new Decimal(footprint.total);
    const shares: Record<string, string> = { epci: "0.7", "26901": "0.25", "ccas-fictive-sur-val": "0.05" };
    for (const [e, share] of Object.entries(shares)) {
      const exact = total.times(share);
      const part = new Decimal(footprint.parts[e]!);
      expect(part.minus(exact).abs().lte("3e-10"), e).toBe(true);
      if (e !== "ccas-fictive-sur-val") expect(part.decimalPlaces(), e).toBeLessThanOrEqual(10);
    }
    expect(new Decimal(footprint.parts["ccas-fictive-sur-val"]!).gte(total.times("0.05"))).toBe(true);
  });
});
