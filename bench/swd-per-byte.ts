// Sustainable Web Design per byte: 1,000,000 page weights through @nrs/footprint and through
// @tgwf/co2 0.19.0 in the same run, same machine, same weights; prints time ratios (ours / CO2.js).
// Target (issue #3): at most 2× CO2.js per byte.
//
// Run:  npx tsx bench/swd-per-byte.ts  [--n 1000000] [--rounds 5]
//
// Three ways of ours are timed, because they trade exactness and speed differently:
//   exact/call  model.perByte(bytes)        one exact Decimal per page (the API for single figures):
//                                           a whole byte count is multiplied word by word by the
//                                           precomputed coefficient straight into a Decimal
//                                           (src/web/exact-product.ts), no parsing, no rounding
//   exact/total model.perByteTotal(weights) one exact Decimal for the whole list (bytes are summed
//                                           exactly first: Decimal work does not grow with the list)
//   float/call  model.perByteFloat(bytes)   a double per page (precomputed exact coefficient rounded
//                                           once; relative error ≤ ~2.3e-16), for charts and live views
// Every per-call result (ours and CO2.js's) is stored in a ring of 1024 slots, so no engine can drop the
// work or the allocation. Each round runs every contender once, in turn; the best round of each is kept
// (least disturbed by the other jobs on the machine). Target: exact/call ≤ 2× CO2.js, v3 and v4.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// The libraries are run from their TypeScript sources (no build needed): re-run this file under the
// workspace's `@nrs/source` export condition unless already there.
if (process.env.NRS_BENCH_CHILD !== "1") {
  const r = spawnSync(
    process.execPath,
    ["--conditions=@nrs/source", "--import", "tsx", fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: "inherit",
      env: { ...process.env, NRS_BENCH_CHILD: "1" },
    },
  );
  process.exit(r.status ?? 1);
}

const { values } = parseArgs({ options: { n: { type: "string", default: "1000000" }, rounds: { type: "string", default: "5" } } });
const N = Number(values.n);
const ROUNDS = Number(values.rounds);

const { co2 } = await import("@tgwf/co2");
const { sustainableWebDesign } = await import("@nrs/footprint");
const { Decimal } = await import("decimal.js");

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
const ringFloat = new Array<number>(1024).fill(0);

interface Timing {
  readonly name: string;
  best: number;
  check: number;
}

function time(t: Timing, run: () => number): void {
  const t0 = performance.now();
  const check = run();
  const dt = performance.now() - t0;
  if (dt < t.best) t.best = dt;
  t.check = check;
}

for (const version of [4, 3] as const) {
  const theirs = new co2({ model: "swd", version });
  const ours = sustainableWebDesign({ version });
  const tCo2js: Timing = { name: "CO2.js perByte", best: Infinity, check: 0 };
  const tExact: Timing = { name: "ours exact/call perByte", best: Infinity, check: 0 };
  const tTotal: Timing = { name: "ours exact/total perByteTotal", best: Infinity, check: 0 };
  const tFloat: Timing = { name: "ours float/call perByteFloat", best: Infinity, check: 0 };
  let exactTotal = new Decimal(0);
  for (let r = 0; r < ROUNDS; r++) {
    time(tCo2js, () => {
      let s = 0;
      for (let i = 0; i < N; i++) {
        const v = theirs.perByte(weights[i]!, false) as number;
        ringFloat[i & 1023] = v;
        s += v;
      }
      return s;
    });
    time(tExact, () => {
      for (let i = 0; i < N; i++) ring[i & 1023] = ours.perByte(weights[i]!);
      return ring.length;
    });
    time(tTotal, () => {
      exactTotal = ours.perByteTotal(weights);
      return exactTotal.toNumber();
    });
    time(tFloat, () => {
      let s = 0;
      for (let i = 0; i < N; i++) s += ours.perByteFloat(weights[i]!);
      return s;
    });
  }
  const base = tCo2js.best;
  console.log(`\nSWD v${version}, ${N.toLocaleString("en")} page weights, best of ${ROUNDS} rounds (node ${process.version})`);
  for (const t of [tCo2js, tExact, tTotal, tFloat]) {
    const ns = (t.best * 1e6) / N;
    const ratio = t.best / base;
    const verdict = t === tCo2js ? "baseline" : ratio <= 2 ? "≤ 2× ✓" : "> 2× ✗";
    console.log(
      `  ${t.name.padEnd(32)} ${t.best.toFixed(1).padStart(9)} ms  ${ns.toFixed(1).padStart(7)} ns/page  ratio ${ratio.toFixed(2).padStart(6)}  ${verdict}`,
    );
  }
  const meets = (t: Timing): boolean => t.best / base <= 2;
  console.log(
    `  2× target: exact/call ${meets(tExact) ? "met" : "missed"} (ratio ${(tExact.best / base).toFixed(2)}), ` +
      `exact/total ${meets(tTotal) ? "met" : "missed"}, float/call ${meets(tFloat) ? "met" : "missed"}`,
  );
  // The exact per-call results are the exact products: spot-check against decimal.js's own times.
  const coef = ours.coefficients().perByte;
  for (const w of weights.slice(0, 1000)) {
    if (!ours.perByte(w).equals(coef.times(w))) throw new Error(`perByte(${w}) is not the exact product`);
  }
  const rel = Math.abs(exactTotal.toNumber() - tCo2js.check) / exactTotal.toNumber();
  console.log(`  totals: ours exact ${exactTotal.toString()} g, CO2.js float sum ${tCo2js.check} g, relative gap ${rel.toExponential(2)}`);
}
