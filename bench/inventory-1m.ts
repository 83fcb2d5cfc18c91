// A 1,000,000-line CSV inventory end to end with @nrs/footprint (streamed parse, validation, grouping
// and, once per group, the exact footprint), against a plain floating-point loop over the same file
// read the same way, in the same run. Each side runs in its own child process so that its peak
// resident memory is its own.
//
//   npx tsx bench/inventory-1m.ts [--lines 1000000] [--runs 3]
//
// Targets (issue 3): >= 500,000 lines/s, <= 3x the float loop, < 300 MB peak.
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const { values } = parseArgs({
  options: {
    lines: { type: "string", default: "1000000" },
    runs: { type: "string", default: "3" },
    child: { type: "string" },
    file: { type: "string" },
  },
});

const TYPES = [
  "ordinateur_portable",
  "ordinateur_fixe",
  "ecran",
  "smartphone",
  "tablette",
  "imprimante",
  "televiseur",
  "disque_dur_externe",
];
const ORIGINS = ["neuf", "neuf", "neuf", "neuf", "reemploi", "reconditionne"];
const LIFETIMES = ["", "", "5", "6", "4,5", "7"];
// An EPCI and 40 member communes (fictitious INSEE-like codes).
const ENTITIES = ["epci", ...Array.from({ length: 40 }, (_, i) => `99${String(100 + i).padStart(3, "0")}`)];

async function writeInventory(file: string, lines: number): Promise<void> {
  const out = createWriteStream(file);
  out.write(
    "\uFEFFidentifiant;type;quantite;date_acquisition;date_sortie;duree_vie_annees;origine;localisation;consommation_kwh_an;entite\n",
  );
  let buf = "";
  for (let i = 0; i < lines; i++) {
    const year = 2015 + (i % 11);
    const month = String(1 + ((i >> 3) % 12)).padStart(2, "0");
    const day = String(1 + ((i >> 5) % 28)).padStart(2, "0");
    const retired = i % 17 === 0 ? `${year + 4}-06-30` : "";
    const kwh = i % 5 === 0 ? `${10 + (i % 90)},${i % 10}` : "";
    buf += `INV-${i};${TYPES[i % TYPES.length]};${1 + (i % 4)};${year}-${month}-${day};${retired};${LIFETIMES[i % LIFETIMES.length]};${ORIGINS[i % ORIGINS.length]};FR;${kwh};${ENTITIES[i % ENTITIES.length]}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, "drain");
      buf = "";
    }
  }
  out.write(buf);
  out.end();
  await once(out, "finish");
}

function chunks(file: string): AsyncIterable<string> {
  return createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 });
}

/** The baseline: what a hand-written float loop would do with the same file (no validation, no exactness). */
async function floatLoop(file: string): Promise<{ lines: number; checksum: number }> {
  const perType: Record<string, number> = {};
  // Rough per-unit embodied kgCO2e (ADEME figures, summed stages): the loop's arithmetic, not its accuracy, is the point.
  const embodied: Record<string, number> = {
    ordinateur_portable: 185.09,
    ordinateur_fixe: 211.46,
    ecran: 69.84,
    smartphone: 79.516,
    tablette: 84.294,
    imprimante: 21,
    televiseur: 340.16,
    disque_dur_externe: 11.9,
  };
  let lines = 0;
  let rest = "";
  let header = true;
  for await (const chunk of chunks(file)) {
    const text = rest + chunk;
    let start = 0;
    for (;;) {
      const nl = text.indexOf("\n", start);
      if (nl < 0) break;
      const line = text.slice(start, nl);
      start = nl + 1;
      if (header) {
        header = false;
        continue;
      }
      const c = line.split(";");
      const q = parseFloat(c[2] as string);
      const life = c[5] ? parseFloat((c[5] as string).replace(",", ".")) : 5;
      const kwh = c[8] ? parseFloat((c[8] as string).replace(",", ".")) : 0;
      const type = c[1] as string;
      perType[type] = (perType[type] ?? 0) + (q * (embodied[type] ?? 0)) / life + kwh * 0.0461;
      lines++;
    }
    rest = text.slice(start);
  }
  let checksum = 0;
  for (const v of Object.values(perType)) checksum += v;
  return { lines, checksum };
}

async function nrs(file: string): Promise<{ lines: number; checksum: string; groups: number }> {
  const r = await computeInventoryFootprint(chunks(file), { reportingYear: 2024 });
  if (!r.ok || r.stats.badRows !== 0) throw new Error(`unexpected problems: ${JSON.stringify(r.problems.slice(0, 3))}`);
  return { lines: r.stats.records, checksum: `${r.byCriterion.gwp?.value.toFixed(3)} kgCO2e`, groups: r.groups.length };
}

// Loaded (and transpiled by tsx) before the clock starts, like any library already in memory.
const { computeInventoryFootprint } = await import("../packages/footprint/src/index.js");

async function child(kind: string, file: string): Promise<void> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = kind === "float" ? await floatLoop(file) : await nrs(file);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  // CPU time (user + system, all threads) is reported too: on a shared machine it moves less than wall time.
  process.stdout.write(`${JSON.stringify({ kind, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, ...result })}\n`);
}

interface Measure {
  kind: string;
  seconds: number;
  cpuSeconds: number;
  lines: number;
  peakMB: number;
  groups?: number;
}

function run(kind: string, file: string): Measure {
  const r = spawnSync(
    process.execPath,
    [
      "--conditions=@nrs/source",
      "--import",
      "tsx",
      "--import",
      join(here, "peak-rss.mjs"),
      join(here, "inventory-1m.ts"),
      "--child",
      kind,
      "--file",
      file,
    ],
    { cwd: root, encoding: "utf8", maxBuffer: 16 << 20 },
  );
  const peak = /peak-rss-kb=(\d+)/.exec(r.stderr);
  const line = r.stdout.trim().split("\n").pop() ?? "";
  if (r.status !== 0 || !peak || !line.startsWith("{")) throw new Error(`${kind} failed (${r.status}):\n${r.stderr.slice(0, 3000)}`);
  const parsed = JSON.parse(line) as Measure;
  return { ...parsed, peakMB: Number(peak[1]) / 1024 };
}

if (values.child !== undefined) {
  await child(values.child, values.file as string);
} else {
  const lines = Number(values.lines);
  const runs = Number(values.runs);
  const dir = mkdtempSync(join(tmpdir(), "nrs-inventory-bench-"));
  const file = join(dir, "inventaire.csv");
  try {
    await writeInventory(file, lines);
    const mb = statSync(file).size / 1e6;
    console.log(
      `inventory: ${lines.toLocaleString("en")} lines, ${mb.toFixed(1)} MB, node ${process.version}, ${runs} runs each (best kept)`,
    );
    const before = loadavg()
      .map((x) => x.toFixed(2))
      .join(" ");
    let bestFloat: Measure | undefined;
    let bestNrs: Measure | undefined;
    for (let i = 0; i < runs; i++) {
      const f = run("float", file);
      const n = run("nrs", file);
      if (!bestFloat || f.seconds < bestFloat.seconds) bestFloat = f;
      if (!bestNrs || n.seconds < bestNrs.seconds) bestNrs = n;
    }
    const f = bestFloat as Measure;
    const n = bestNrs as Measure;
    const row = (m: Measure): string =>
      `${m.kind.padEnd(6)} ${m.seconds.toFixed(3).padStart(8)} s ${Math.round(m.lines / m.seconds)
        .toLocaleString("en")
        .padStart(12)} lines/s ` + `(cpu ${m.cpuSeconds.toFixed(3)} s) ${m.peakMB.toFixed(0).padStart(6)} MB peak`;
    console.log(row(f));
    console.log(
      row(n) + (n.groups !== undefined ? `  (${n.groups} groups, ${(n as Measure & { checksum?: string }).checksum ?? ""})` : ""),
    );
    const ratio = n.seconds / f.seconds;
    console.log(
      `load average before/after: ${before} / ${loadavg()
        .map((x) => x.toFixed(2))
        .join(" ")} on ${cpus().length} CPUs`,
    );
    const lps = n.lines / n.seconds;
    console.log(`ratio nrs/float: ${ratio.toFixed(2)}x wall, ${(n.cpuSeconds / f.cpuSeconds).toFixed(2)}x cpu (target <= 3x)`);
    console.log(
      `throughput: ${Math.round(lps).toLocaleString("en")} lines/s wall, ${Math.round(n.lines / n.cpuSeconds).toLocaleString("en")} lines per cpu-second (target >= 500,000 lines/s) ${lps >= 500_000 ? "OK" : "MISSED"}`,
    );
    console.log(`peak memory: ${n.peakMB.toFixed(0)} MB (target < 300 MB) ${n.peakMB < 300 ? "OK" : "MISSED"}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
