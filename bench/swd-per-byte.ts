// Sustainable Web Design per byte: 1,000,000 page weights through @nrs/footprint and through
// @tgwf/co2 0.19.0 in the same run, same machine, same weights; prints time ratios (ours / CO2.js).
// Target (issue #14): exact per-call `perByte` at most 2× CO2.js, v3 and v4.
//
// Run:  npx turbo run build --filter=@nrs/footprint && npx tsx bench/swd-per-byte.ts  [--n 1000000] [--rounds 5] [--source]
//
// By default the bench runs the built package (`packages/footprint/dist`, the modules the npm tarball
// ships); `--source` runs the TypeScript sources instead (through the workspace's `@nrs/source` condition).
//
// Cases: v4 and v3 with the defaults, grey and green hosting, and v4 with every option set (French grid
// intensity for the three segments, a green-hosting factor of 0.5). CO2.js takes options only in its
// traced methods, so that case compares with `perByteTrace(...).co2`, its only way to apply them.
//
// Ours, timed in the same rounds:
//   exact/call       perByte(bytes)             one exact Decimal per page (the API for single figures).
//                                               Its digits are computed when first read
//                                               (src/web/lazy-product.ts): the call costs one object.
//   exact/call+read  perByte(bytes).isZero()    the same, with its digits computed at once (the word-by-
//                                               word product of src/web/exact-product.ts): the cost of
//                                               a value that is read, e.g. printed or added up
//   exact/total      perByteTotal(weights)      one exact Decimal for the whole list (bytes summed first)
//   float/call       perByteFloat(bytes)        a double per page (exact coefficient rounded once)
// Every per-call result (ours and CO2.js's) is stored in a ring of 1024 slots, so no engine can drop the
// work or the allocation. Each round runs every contender once, in turn; the best round of each is kept
// (least disturbed by the other jobs on the machine).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "1000000" },
    rounds: { type: "string", default: "5" },
    source: { type: "boolean", default: false },
  },
});

// `--source`: re-run this file under the `@nrs/source` export condition unless already there.
if (values.source && process.env.NRS_BENCH_CHILD !== "1") {
  const r = spawnSync(
    process.execPath,
    ["--conditions=@nrs/source", "--import", "tsx", fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: "inherit", env: { ...process.env, NRS_BENCH_CHILD: "1" } },
  );
  process.exit(r.status ?? 1);
}

const N = Number(values.n);
const ROUNDS = Number(values.rounds);

const { co2 } = await import("@tgwf/co2");
const footprint = await import("@nrs/footprint").catch((e: unknown) => {
  console.error("@nrs/footprint is not built: run `npx turbo run build --filter=@nrs/footprint` (or pass --source).");
  throw e;
});
const { sustainableWebDesign } = footprint;
const { Decimal } = await import("decimal.js");
const { createRequire } = await import("node:module");
const resolved = createRequire(import.meta.url).resolve("@nrs/footprint");

// CO2.js logs nothing on perByte, but be safe: silence warnings during timing.
console.warn = () => undefined;

// Deterministic page weights, log-uniform between 10 kB and 20 MB (whole bytes), from a small LCG.
const weights = new Array<number>(N);
let seed = 42;
for (let i = 0; i < N; i++) {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  weights[i] = Math.round(Math.exp(Math.log(1e4) + (seed / 2 ** 32) * (Math.log(2e7) - Math.log(1e4))));
}

// Where the per-call results are kept (see above).
const ring = new Array<unknown>(1024).fill(null);

// Each run is timed in CPU time of this process (`process.cpuUsage`, user + system, every thread: the
// garbage collector's helpers count) and in wall time. The ratios use CPU time: on a shared machine a run
// is often descheduled, which moves wall time but not CPU time.
interface Timing {
  readonly name: string;
  best: number;
  bestWall: number;
}

function time(t: Timing, run: () => void): void {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1000;
  if (cpu < t.best) t.best = cpu;
  if (wall < t.bestWall) t.bestWall = wall;
}

// The French grid of the default factor pack (ADEME Base Empreinte 2025, 0.0461 kgCO2e/kWh), gCO2e/kWh.
const FR = 46.1;
interface Case {
  readonly name: string;
  readonly version: 3 | 4;
  readonly green: boolean;
  readonly options?: { gridIntensity: { device: number; network: number; dataCenter: number }; greenHostingFactor: number };
}
const CASES: readonly Case[] = [
  { name: "v4", version: 4, green: false },
  { name: "v4 green", version: 4, green: true },
  {
    name: "v4 options",
    version: 4,
    green: false,
    options: { gridIntensity: { device: FR, network: FR, dataCenter: FR }, greenHostingFactor: 0.5 },
  },
  { name: "v3", version: 3, green: false },
  { name: "v3 green", version: 3, green: true },
];

console.log(`@nrs/footprint from ${resolved.replace(/^.*?packages\//, "packages/")}, node ${process.version}`);
const { loadavg } = await import("node:os");
console.log(`${N.toLocaleString("en")} page weights per round, best of ${ROUNDS} rounds; ratio = ours / CO2.js in CPU time`);
console.log(
  `load average at start: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")}`,
);
const summary: string[] = [];
for (const c of CASES) {
  const theirs = new co2({ model: "swd", version: c.version });
  const ours = sustainableWebDesign({ version: c.version, ...c.options });
  const o = c.options;
  const co2Options = o === undefined ? undefined : { gridIntensity: o.gridIntensity, greenHostingFactor: o.greenHostingFactor };
  const theirsPerByte =
    co2Options === undefined
      ? (b: number) => theirs.perByte(b, c.green) as number
      : (b: number) => (theirs.perByteTrace(b, c.green, co2Options) as { co2: number }).co2;
  const green = c.green;
  const tCo2js: Timing = {
    name: co2Options === undefined ? "CO2.js perByte" : "CO2.js perByteTrace().co2",
    best: Infinity,
    bestWall: Infinity,
  };
  const tExact: Timing = { name: "ours exact/call", best: Infinity, bestWall: Infinity };
  const tRead: Timing = { name: "ours exact/call+read", best: Infinity, bestWall: Infinity };
  const tTotal: Timing = { name: "ours exact/total", best: Infinity, bestWall: Infinity };
  const tFloat: Timing = { name: "ours float/call", best: Infinity, bestWall: Infinity };
  let exactTotal = new Decimal(0);
  let floatSum = 0;
  for (let r = 0; r < ROUNDS; r++) {
    time(tCo2js, () => {
      let s = 0;
      for (let i = 0; i < N; i++) {
        const v = theirsPerByte(weights[i]!);
        ring[i & 1023] = v;
        s += v;
      }
      floatSum = s;
    });
    time(tExact, () => {
      for (let i = 0; i < N; i++) ring[i & 1023] = ours.perByte(weights[i]!, green);
    });
    time(tRead, () => {
      for (let i = 0; i < N; i++) {
        const v = ours.perByte(weights[i]!, green);
        if (v.isZero()) throw new Error("a page weight gave no emissions");
        ring[i & 1023] = v;
      }
    });
    time(tTotal, () => {
      exactTotal = ours.perByteTotal(weights, green);
    });
    time(tFloat, () => {
      for (let i = 0; i < N; i++) ring[i & 1023] = ours.perByteFloat(weights[i]!, green);
    });
  }
  const base = tCo2js.best;
  console.log(`\nSWD ${c.name}`);
  for (const t of [tCo2js, tExact, tRead, tTotal, tFloat]) {
    const ns = (t.best * 1e6) / N;
    const ratio = t.best / base;
    const verdict = t === tCo2js ? "baseline" : ratio <= 2 ? "≤ 2× ✓" : "> 2× ✗";
    const wallNs = (t.bestWall * 1e6) / N;
    console.log(
      `  ${t.name.padEnd(26)} ${ns.toFixed(1).padStart(7)} ns/page CPU (${wallNs.toFixed(1).padStart(7)} wall)  ratio ${ratio.toFixed(2).padStart(6)}  ${verdict}`,
    );
  }
  // The exact per-call results are the exact products: spot-check against decimal.js's own times.
  const Wide = Decimal.clone({ precision: 200 });
  const coef = ours.coefficients(green).perByte;
  for (const w of weights.slice(0, 1000)) {
    if (!ours.perByte(w, green).equals(new Wide(coef).times(w))) throw new Error(`perByte(${w}) is not the exact product`);
  }
  const rel = Math.abs(exactTotal.toNumber() - floatSum) / exactTotal.toNumber();
  console.log(`  totals: ours exact ${exactTotal.toString()} g, CO2.js float sum ${floatSum} g, relative gap ${rel.toExponential(2)}`);
  const ratio = (t: Timing) => (t.best / base).toFixed(2);
  summary.push(
    `  ${c.name.padEnd(11)} exact/call ${ratio(tExact).padStart(5)}× ${tExact.best / base <= 2 ? "✓" : "✗"}   ` +
      `exact/call+read ${ratio(tRead).padStart(5)}×   exact/total ${ratio(tTotal).padStart(5)}×   float/call ${ratio(tFloat).padStart(5)}×`,
  );
}
console.log(`\nRatios to CO2.js in CPU time (target: exact/call ≤ 2×)\n${summary.join("\n")}`);
console.log(
  `load average at end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")}`,
);
