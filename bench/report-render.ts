// Rendering time and output size of @nrs/report on a large strategy: 200 measures, 80 indicators
// followed over 6 years (2020–2025), 40 objectives on the six axes, 20 stakeholders, 50 cited factors.
// Each format is timed against a baseline measured in the same run on the same inputs: `toJson(input)`
// from @nrs/core (serialising every input value once, the least any renderer must do).
// Also: the browser bundle of a typical import (renderBilan), esbuild minified + gzip -9.
//
//   npx tsx --conditions=@nrs/source bench/report-render.ts     (or: npm run bench -- report-render)
import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

if (!process.execArgv.some((a) => a.includes("@nrs/source"))) {
  // Re-run from the TypeScript sources so that no build is needed.
  const r = spawnSync(process.execPath, ["--conditions=@nrs/source", ...process.execArgv, fileURLToPath(import.meta.url)], {
    stdio: "inherit",
  });
  process.exit(r.status ?? 1);
}

const { toJson } = await import("@nrs/core");
const { AXE_CODES, parseBilan, parseCollectivite, parseStrategy } = await import("@nrs/model");
const { followUp } = await import("@nrs/indicators");
const { renderBilan, renderStrategy } = await import("@nrs/report");
const { build } = await import("esbuild");

const ok = <T>(r: { ok: true; value: T } | { ok: false; errors: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors).slice(0, 500));
  return r.value;
};
const axes = AXE_CODES.filter((a) => a !== "AUTRE");
const ref = { siren: "299901017" };
const collectivite = ok(
  parseCollectivite({
    type: "EPCI_FP",
    nom: "Communauté d'agglomération de Bench",
    siren: "299901017",
    population: { valeur: 250000, type: "totale", millesime: 2024 },
    communesMembres: [{ nom: "Bench-Ville", codeInsee: "59001" }],
  }),
);
const indicateurs = Array.from({ length: 80 }, (_, i) => ({
  code: `ind-${i}`,
  libelle: { fr: `Indicateur de suivi numéro ${i} de la stratégie`, en: `Monitoring indicator number ${i}` },
  unite: i % 3 === 0 ? "%" : i % 3 === 1 ? "kgCO2e" : "unités",
  sens: i % 4 === 0 ? "BAISSE" : "HAUSSE",
  periodicite: "annuelle",
  axe: axes[i % 6],
}));
const objectifs = Array.from({ length: 40 }, (_, o) => ({
  id: `obj-${o}`,
  axe: axes[o % 6],
  libelle: `Objectif ${o} : réduire l'empreinte et développer les usages sobres`,
  temporalite: "PLURIANNUEL",
  echeance: "2030-12-31",
  cibles: [0, 1].map((k) => ({
    indicateur: `ind-${o * 2 + k}`,
    anneeReference: 2020,
    valeurReference: 100 + o,
    anneeCible: 2030,
    valeurCible: (o * 2 + k) % 4 === 0 ? 50 + o : 200 + o,
  })),
  indicateurs: [`ind-${o * 2}`, `ind-${o * 2 + 1}`],
}));
const mesures = Array.from({ length: 200 }, (_, m) => ({
  id: `mes-${m}`,
  libelle: `Mesure ${m} : action concrète de la feuille de route numérique responsable`,
  axe: axes[m % 6],
  objectifs: [`obj-${m % 40}`],
  statut: ["A_FAIRE", "EN_COURS", "FINI"][m % 3],
  niveauEngagement: "REALISATION",
  porteur: `Direction ${m % 12}`,
  budgetEuros: 1000 * (m + 1),
}));
const strategie = ok(
  parseStrategy({
    collectivite: ref,
    version: "2",
    adoption: { date: "2024-12-12" },
    periode: { debut: 2025, fin: 2030 },
    objectifs,
    indicateurs,
    mesures,
    moyens: { budgetEuros: 4200000, etp: 6 },
  }),
);
const bilan = ok(
  parseBilan({
    collectivite: ref,
    annee: 2025,
    rapportDd: { exerciceBudgetaire: 2026, datePresentation: "2026-02-05", dateDebatBudgetaire: "2026-02-26" },
    valeurs: indicateurs.map((ind, i) => ({
      indicateur: ind.code,
      valeur: 100 + i + 5,
      date: "2025-12-31",
      nature: "PERIODE",
      dateDebut: "2025-01-01",
      perimetre: "ADMINISTRATION",
      source: "Registre interne",
      qualite: "MESUREE",
    })),
    avancementMesures: mesures.map((m, i) => ({
      mesure: m.id,
      statut: m.statut,
      avancementPct: (i * 7) % 101,
      commentaire: "Avancement conforme au plan d'action",
    })),
  }),
);
const programme = {
  collectivite: ref,
  acteurs: Array.from({ length: 20 }, (_, i) => ({
    nom: `Acteur ${i}`,
    nature: i % 2 ? "PUBLIC" : "PRIVE",
    role: "Partenaire de la démarche",
  })),
  syntheseActionsEngagees: [],
} as const;
const indicateursSuivis = indicateurs.map((ind, i) =>
  followUp(
    ind.code,
    [2020, 2021, 2022, 2023, 2024, 2025].map((year, k) => ({ year, value: (100 + i + k) as unknown as never })),
    strategie,
    { year: 2025 },
  ),
);
const facteurs = Array.from({ length: 50 }, (_, i) => ({
  id: `fr-bench/item-${i}`,
  pack: "fr-bench",
  packVersion: "2025.1",
  value: `${i}.125`,
  unit: "kgCO2e/unité",
  year: 2024,
  source: "Source de test",
  licence: "Licence ouverte 2.0",
}));
const input = { collectivite, programme: programme as never, strategie, bilan, indicateurs: indicateursSuivis, facteurs };
const generatedAt = "2026-02-02";

function median(f: () => unknown, runs = 15): number {
  for (let i = 0; i < 3; i++) f();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    f();
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const baseline = median(() => toJson(input));
console.log(
  `inputs: ${mesures.length} measures, ${indicateurs.length} indicators × 6 years, ${objectifs.length} objectives, ${facteurs.length} factors`,
);
console.log(`baseline toJson(input): ${baseline.toFixed(2)} ms (median of 15)`);
console.log("document           format    median ms  × baseline   bytes    gzip B   DOM   EcoIndex");
for (const [name, render] of [
  ["strategy", renderStrategy],
  ["bilan", renderBilan],
] as const) {
  for (const format of ["html", "markdown", "json"] as const) {
    const out = render(input as never, { format, generatedAt });
    const ms = median(() => render(input as never, { format, generatedAt }));
    const bytes = Buffer.byteLength(out.content);
    const gz = gzipSync(out.content, { level: 9 }).length;
    const eco = out.ecoIndex ? `${out.ecoIndex.result.score.toString()} ${out.ecoIndex.result.grade}` : "";
    console.log(
      `${name.padEnd(18)} ${format.padEnd(9)} ${ms.toFixed(2).padStart(9)}  ${(ms / baseline).toFixed(1).padStart(9)}  ${String(bytes).padStart(7)}  ${String(gz).padStart(7)}  ${String(out.ecoIndex?.dom ?? "").padStart(5)}   ${eco}`,
    );
  }
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = await build({
  stdin: { contents: `import { renderBilan } from "@nrs/report"; globalThis.x = renderBilan;`, resolveDir: root, loader: "ts" },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
  conditions: ["@nrs/source"],
  logLevel: "silent",
});
const js = bundle.outputFiles[0]!.contents;
console.log(
  `bundle: import { renderBilan } from "@nrs/report" → ${js.length} B minified, ${gzipSync(js, { level: 9 }).length} B gzip (esbuild, browser, with its @nrs, zod/mini and decimal.js dependencies)`,
);
