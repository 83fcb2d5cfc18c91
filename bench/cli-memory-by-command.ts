// Peak memory of every `nrs` command that reads the inventory, against the inventory's size: a copy of
// the example project whose 2025 inventory is replaced by a generated one of 100 … N lines (the 2024
// inventory removed), each command run as a child process preloaded with bench/peak-rss.mjs. Flat
// memory shows as a peak RSS that does not grow with the lines (the 100-line run is the baseline).
// Issue #16 asks for at most 300 MB at 1,000,000 and 10,000,000 lines for every command.
//
// Run after `npm run build`:  node --import tsx bench/cli-memory-by-command.ts [--lines 1000000] [--commands footprint,indicators]
//   or with explicit sizes:   node --import tsx bench/cli-memory-by-command.ts --sizes 10000000 --commands report
// Prints a table (with the 300 MB limit of issue #16 checked) and writes bench/results/cli-memory-by-command.json
// (bench/results/cli-memory-by-command-<sizes>.json with --sizes). Results: bench/README.md.
import { spawnSync } from "node:child_process";
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const root = resolve(import.meta.dirname, "..");
const bin = join(root, "packages/cli/dist/bin.js");
const rssProbe = join(root, "bench/peak-rss.mjs");
const { values } = parseArgs({
  options: {
    lines: { type: "string", default: "1000000" },
    commands: { type: "string", default: "validate,footprint,indicators,report,export" },
    sizes: { type: "string" },
  },
});
const LIMIT_MB = 300;
const biggest = Number(values.lines);
const sizes =
  values.sizes === undefined
    ? [100, 10_000, 100_000, 1_000_000, biggest].filter((n, i, a) => n <= biggest && a.indexOf(n) === i)
    : values.sizes.split(",").map(Number);
const commands = values.commands.split(",");

const TYPES = ["ordinateur_portable", "ordinateur_fixe", "ecran", "smartphone", "tablette", "imprimante"];
const ENTITIES = ["epci", "26901", "26902", "26903"];

async function makeProject(dir: string, lines: number): Promise<string> {
  const project = join(dir, "p");
  cpSync(join(root, "examples/val-de-fictive"), project, { recursive: true });
  rmSync(join(project, "donnees/2024/inventaire.csv"), { force: true });
  const out = createWriteStream(join(project, "donnees/2025/inventaire.csv"));
  out.write("type;quantite;date_acquisition;duree_vie_annees;entite;identifiant\n");
  for (let i = 0; i < lines; i++) {
    const row = `${TYPES[i % TYPES.length]};${1 + (i % 3)};${2017 + (i % 8)}-${String(1 + (i % 12)).padStart(2, "0")}-15;${4 + (i % 5)};${ENTITIES[i % ENTITIES.length]};INV-${i}\n`;
    if (!out.write(row)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return project;
}

function argv(command: string, project: string, dir: string): string[] {
  switch (command) {
    case "report":
      return ["report", project, "--year", "2025", "--format", "md", "--out", join(dir, "bilan.md")];
    case "export":
      return ["export", "opendata", project, "--year", "2025", "--out", join(dir, "opendata.csv")];
    default:
      return [command, project, "--year", "2025"];
  }
}

interface Run {
  command: string;
  lines: number;
  peakRssMB: number;
  seconds: number;
  exit: number | null;
}

const runs: Run[] = [];
for (const lines of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `nrs-mem-${lines}-`));
  try {
    const project = await makeProject(dir, lines);
    for (const command of commands) {
      const started = process.hrtime.bigint();
      const r = spawnSync(process.execPath, ["--import", rssProbe, bin, ...argv(command, project, dir), "--json", "--quiet"], {
        encoding: "utf8",
        maxBuffer: 1 << 30,
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const peak = /peak-rss-kb=(\d+)/.exec(r.stderr);
      if (command === "footprint" && r.status === 0) {
        // The footprint's JSON says how many records were read: the run must have read every line.
        const stats = (JSON.parse(r.stdout) as { inventory: { stats: { records: number; goodRows: number } } }).inventory.stats;
        if (stats.records !== lines || stats.goodRows !== lines)
          throw new Error(`footprint read ${stats.records} records (${stats.goodRows} good), expected ${lines}`);
      }
      if (command === "indicators" && r.status === 0) {
        // Every generated line is in service on 31 December 2025: the devices indicator must count them all.
        const values = (JSON.parse(r.stdout) as { results: { values: { code: string; provenance: { records: { count: number }[] } }[] } })
          .results.values;
        const count = values.find((v) => v.code === "equipements-par-agent")?.provenance.records[0]?.count;
        if (count !== lines) throw new Error(`equipements-par-agent counted ${count} lines, expected ${lines}`);
      }
      runs.push({ command, lines, peakRssMB: peak ? Number(peak[1]) / 1024 : Number.NaN, seconds, exit: r.status });
      const last = runs.at(-1)!;
      console.log(
        `${command.padEnd(11)} ${String(lines).padStart(9)} lines  peak RSS ${last.peakRssMB.toFixed(0).padStart(6)} MB  ${seconds.toFixed(1).padStart(6)} s  exit ${r.status ?? r.signal}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log("\npeak RSS (MB) by command and inventory size; ratio to the 100-line run in brackets");
console.log(`${"command".padEnd(11)}${sizes.map((s) => String(s).padStart(16)).join("")}`);
for (const command of commands) {
  const mine = runs.filter((r) => r.command === command);
  const base = mine[0]?.peakRssMB ?? Number.NaN;
  console.log(
    `${command.padEnd(11)}${mine.map((r) => `${r.peakRssMB.toFixed(0)} (${(r.peakRssMB / base).toFixed(1)}×)${r.exit === 0 ? "" : ` x${r.exit}`}`.padStart(16)).join("")}`,
  );
}
const over = runs.filter((r) => !(r.peakRssMB <= LIMIT_MB) || r.exit !== 0);
console.log(
  over.length === 0
    ? `every run exited 0 with a peak RSS ≤ ${LIMIT_MB} MB`
    : `over ${LIMIT_MB} MB or failed: ${over.map((r) => `${r.command} at ${r.lines} lines (${r.peakRssMB.toFixed(0)} MB, exit ${r.exit})`).join("; ")}`,
);
mkdirSync(join(root, "bench/results"), { recursive: true });
writeFileSync(
  join(root, `bench/results/cli-memory-by-command${values.sizes === undefined ? "" : `-${values.sizes.replaceAll(",", "-")}`}.json`),
  `${JSON.stringify({ node: process.version, runs }, null, 2)}\n`,
);
