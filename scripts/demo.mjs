#!/usr/bin/env node
// The README's demo: after `npm run build`, renders the bilan annuel of the fictitious Communauté
// d'agglomération de Val-de-Fictive (examples/val-de-fictive) with the built `nrs` command, in every
// format, exports its open-data CSV and its AGEC art. 58 purchase declaration, and prints where the
// files are; then compares it with the second example, the commune of Fictiville (examples/fictiville).
// Usage: node scripts/demo.mjs [--year YYYY] [--out DIR] [--lang fr|en]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "packages/cli/dist/bin.js");
const project = join(root, "examples/val-de-fictive");
const { values } = parseArgs({ options: { year: { type: "string" }, out: { type: "string" }, lang: { type: "string" } } });
const lang = values.lang === "en" ? "en" : "fr";
const out = resolve(values.out ?? join(root, "out"));

if (!existsSync(bin)) {
  console.error(`nrs is not built (${relative(process.cwd(), bin)} is missing). Run "npm run build" first.`);
  process.exit(1);
}
const years = readdirSync(join(project, "bilans"))
  .map((f) => /^(\d{4})\.json$/.exec(f)?.[1])
  .filter(Boolean)
  .sort();
const year = values.year ?? years.at(-1);
if (!year) {
  console.error(`No bilans/<year>.json in ${relative(process.cwd(), project)}.`);
  process.exit(1);
}

/** Runs the built CLI; stops the demo with its exit code when a step fails. */
function nrs(args, { allowProblems = false } = {}) {
  console.log(`\n$ nrs ${args.map((a) => (a.startsWith(root) ? relative(root, a) || "." : a)).join(" ")}`);
  const r = spawnSync(process.execPath, [bin, ...args, "--lang", lang], { stdio: "inherit" });
  if (r.status !== 0 && !(allowProblems && r.status === 1)) {
    console.error(`\nDemo stopped: nrs exited with code ${r.status ?? r.signal}.`);
    process.exit(r.status ?? 1);
  }
}

const files = {
  html: join(out, `bilan-${year}.html`),
  md: join(out, `bilan-${year}.md`),
  json: join(out, `bilan-${year}.json`),
  docx: join(out, `bilan-${year}.docx`),
  opendata: join(out, `opendata-${year}.csv`),
  agec58: join(out, `agec58-${year}.csv`),
  compare: join(out, `comparaison-${year}.html`),
  comparePublished: join(out, `comparaison-donnees-publiees-${year}.html`),
};
const peer = join(root, "examples/fictiville");

// The example is expected to be valid; a finding would still be worth showing, so 1 does not stop the demo.
nrs(["validate", project], { allowProblems: true });
nrs(["footprint", project, "--year", year, "--perimetre", "tout"]);
for (const format of ["html", "md", "json", "docx"]) {
  nrs(["report", project, "--year", year, "--format", format, "--out", files[format]]);
}
// The mutualised DSI split indicator by indicator between the agglomeration, Fictive-sur-Val and its CCAS.
nrs(["indicators", project, "--year", year]);
// Joint report: the agglomeration's and its ville-centre's bilans (bilan-<year>-conjoint-epci.html, -26901.html).
nrs(["report", project, "--year", year, "--toutes-entites", "--out", join(out, `bilan-${year}-conjoint.html`)]);
nrs(["export", "opendata", project, "--year", year, "--out", files.opendata]);
nrs(["export", "agec58", project, "--year", year, "--out", files.agec58]);
// Val-de-Fictive compared with the second example, the commune of Fictiville.
nrs(["compare", project, peer, "--year", year, "--out", files.compare]);
// The same, with Val-de-Fictive read back from the open-data file it publishes (as a peer's file would be).
nrs(["compare", peer, files.opendata, "--year", year, "--out", files.comparePublished]);

console.log(lang === "fr" ? `\nBilan annuel ${year} de Val-de-Fictive :` : `\nVal-de-Fictive's ${year} annual report:`);
for (const [kind, file] of Object.entries(files)) console.log(`  ${kind.padEnd(8)} ${relative(process.cwd(), file)}`);
console.log(
  lang === "fr"
    ? `Ouvrez ${relative(process.cwd(), files.html)} dans un navigateur.`
    : `Open ${relative(process.cwd(), files.html)} in a browser.`,
);
