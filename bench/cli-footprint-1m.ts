// Peak memory of `nrs footprint` against the size of the inventory: the same command on inventories of
// 10,000, 100,000 and 1,000,000 lines, side by side with the CLI on an empty-ish inventory (baseline).
// Memory that does not grow with the file shows as a peak RSS ratio close to 1 between 10 k and 1 M lines.
//
// Run after `npm run build`:  node --import tsx bench/cli-footprint-1m.ts  [--lines 1000000]
// Prints a table and writes bench/results/cli-footprint-1m.json.
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "packages/cli/dist/bin.js");
const rssProbe = join(root, "bench/peak-rss.mjs");
const { values } = parseArgs({ options: { lines: { type: "string", default: "1000000" } } });
const biggest = Number(values.lines);
const sizes = [100, 10_000, 100_000, biggest].filter((n, i, a) => n <= biggest && a.indexOf(n) === i);

const TYPES = ["ordinateur_portable", "ordinateur_fixe", "ecran", "smartphone", "tablette", "imprimante"];
const ENTITIES = ["epci", "01001", "01002", "01003"];
const ORIGINS = ["neuf", "neuf", "neuf", "reemploi", "reconditionne"];

/** Writes a canonical inventory of `lines` rows (plus header) and the minimal project around it. */
async function makeProject(dir: string, lines: number): Promise<string> {
  mkdirSync(join(dir, "donnees/2024"), { recursive: true });
  const file = join(dir, "donnees/2024/inventaire.csv");
  const out = createWriteStream(file);
  out.write("type;quantite;date_acquisition;duree_vie_annees;origine;entite;identifiant\n");
  for (let i = 0; i < lines; i++) {
    const year = 2016 + (i % 9);
    const month = String(1 + (i % 12)).padStart(2, "0");
    const row = `${TYPES[i % TYPES.length]};${1 + (i % 3)};${year}-${month}-15;${4 + (i % 5)};${ORIGINS[i % ORIGINS.length]};${ENTITIES[i % ENTITIES.length]};INV-${i}\n`;
    if (!out.write(row)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return file;
}

interface Run {
  lines: number;
  fileMB: number;
  peakRssMB: number;
  seconds: number;
  exit: number | null;
}

function measure(dir: string, lines: number, file: string): Run {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--import", rssProbe, bin, "footprint", dir, "--year", "2024", "--json", "--quiet"], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = /peak-rss-kb=(\d+)/.exec(r.stderr);
  if (!peak || r.status !== 0) {
    throw new Error(`nrs footprint failed on ${lines} lines (exit ${r.status}):\n${r.stderr.slice(0, 2000)}\n${r.stdout.slice(0, 2000)}`);
  }
  const records = (JSON.parse(r.stdout) as { inventory: { stats: { records: number; goodRows: number } } }).inventory.stats;
  if (records.records !== lines || records.goodRows !== lines)
    throw new Error(`read ${records.records} records, kept ${records.goodRows}, expected ${lines}`);
  return { lines, fileMB: statSync(file).size / 2 ** 20, peakRssMB: Number(peak[1]) / 1024, seconds, exit: r.status };
}

const runs: Run[] = [];
for (const lines of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `nrs-bench-${lines}-`));
  try {
    const file = await makeProject(dir, lines);
    runs.push(measure(dir, lines, file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const base = runs[0];
if (!base) throw new Error("no run");
console.log(`nrs footprint --json, peak RSS against inventory size (baseline: ${base.lines} lines)`);
console.log("lines       file MB   peak RSS MB   RSS ratio   seconds   lines/s");
for (const r of runs) {
  console.log(
    `${String(r.lines).padStart(9)}  ${r.fileMB.toFixed(1).padStart(8)}  ${r.peakRssMB.toFixed(1).padStart(12)}  ${(r.peakRssMB / base.peakRssMB).toFixed(2).padStart(10)}  ${r.seconds.toFixed(2).padStart(8)}  ${Math.round(
      r.lines / r.seconds,
    )
      .toString()
      .padStart(8)}`,
  );
}
mkdirSync(join(root, "bench/results"), { recursive: true });
writeFileSync(join(root, "bench/results/cli-footprint-1m.json"), `${JSON.stringify({ node: process.version, runs }, null, 2)}\n`);
