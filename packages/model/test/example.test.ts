import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  checkBilan,
  checkProgramme,
  checkStrategy,
  obligations,
  parseBilan,
  parseCollectivite,
  parseProgramme,
  parseStrategy,
  serialize,
} from "../src/index.js";
import type { Result } from "@nrs/core";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "examples", "val-de-fictive");
const read = (file: string): unknown => JSON.parse(readFileSync(join(DIR, file), "utf8"));
function must<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 2));
  return r.value;
}

const collectivite = must(parseCollectivite(read("collectivite.json")));
const programme = must(parseProgramme(read("programme-de-travail.json")));
const strategie = must(parseStrategy(read("strategie.json")));
const bilans = { 2024: must(parseBilan(read("bilans/2024.json"))), 2025: must(parseBilan(read("bilans/2025.json"))) };

// Indicators of the example strategy that @nrs/indicators computes from donnees/<année>/ (they are
// therefore not in the bilans, which hold collected values only).
const CALCULES = [
  "part-achats-reemploi",
  "duree-usage-postes",
  "taux-reemploi-reforme",
  "score-rgesn-moyen",
  "ecoindex-moyen",
  "part-agents-formes",
  "elus-sensibilises",
  "personnes-sensibilisees",
  "taux-conformite-rgaa",
  "part-donnees-schema",
  "empreinte-carbone-par-agent",
  "empreinte-territoire-par-habitant",
];

describe("examples/val-de-fictive", () => {
  it("is an agglomeration of about 120,000 inhabitants whose members add up to its population", () => {
    expect(collectivite.type).toBe("EPCI_FP");
    expect(collectivite.population.valeur).toBe(121437);
    const sum = (collectivite.communesMembres ?? []).reduce((s, m) => s + (m.population?.valeur ?? 0), 0);
    expect(sum).toBe(collectivite.population.valeur);
    expect(collectivite.communesMembres).toHaveLength(12);
  });

  it("is bound by the SNR and met both deadlines", () => {
    const snr = obligations(collectivite, {
      on: "2026-02-05",
      adoptions: { programme: programme.adoption?.date, strategie: strategie.adoption?.date },
    }).find((o) => o.code === "SNR");
    expect(snr?.applicable).toBe(true);
    expect(snr?.echeances.map((e) => [e.code, e.statut])).toEqual([
      ["PROGRAMME_DE_TRAVAIL", "RESPECTEE"],
      ["STRATEGIE", "RESPECTEE"],
      ["BILAN_ANNUEL", "PERIODIQUE"],
    ]);
  });

  it("has objectives on all six axes, and the programme and strategy give no finding", () => {
    const numbered = new Set(strategie.objectifs.map((o) => o.axe).filter((a) => a !== "AUTRE"));
    expect(numbered.size).toBe(6);
    expect(checkProgramme(programme, { collectivite })).toEqual([]);
    expect(checkStrategy(strategie, { collectivite, programme })).toEqual([]);
  });

  it("its bilans give no finding once the computed indicators are supplied", () => {
    for (const b of Object.values(bilans)) {
      expect(checkBilan(b, { strategie, collectivite, indicateursCalcules: CALCULES })).toEqual([]);
    }
  });

  it("without the computed indicators, the 2025 bilan lacks exactly the five computed values that have a 2025 target", () => {
    const f = checkBilan(bilans[2025], { strategie, collectivite });
    const missing = f.filter((x) => x.code === "NRS_BILAN_MISSING_TARGET_VALUE").map((x) => x.message.en);
    expect(missing).toEqual([
      expect.stringContaining("(part-achats-reemploi, O1, 2025)"),
      expect.stringContaining("(taux-reemploi-reforme, O2, 2025)"),
      expect.stringContaining("(part-agents-formes, O4, 2025)"),
      expect.stringContaining("(elus-sensibilises, O4, 2025)"),
      expect.stringContaining("(taux-conformite-rgaa, O5, 2025)"),
    ]);
    expect(f.filter((x) => x.code === "NRS_BILAN_NO_VALUE")).toHaveLength(CALCULES.length - 5);
    expect(f.every((x) => x.severity !== "error")).toBe(true);
  });

  it("the 2024 bilan, before any 2025 target, only has info findings for the computed indicators", () => {
    const f = checkBilan(bilans[2024], { strategie, collectivite });
    expect(f.map((x) => x.code)).toEqual(CALCULES.map(() => "NRS_BILAN_NO_VALUE"));
  });

  it("every document survives serialize → parse", () => {
    for (const [doc, parse] of [
      [collectivite, parseCollectivite],
      [programme, parseProgramme],
      [strategie, parseStrategy],
      [bilans[2024], parseBilan],
      [bilans[2025], parseBilan],
    ] as const) {
      const json = serialize(doc);
      const again = (parse as (x: unknown) => Result<unknown>)(json);
      expect(again.ok).toBe(true);
      if (again.ok) expect(serialize(again.value as never)).toEqual(json);
    }
  });
});
