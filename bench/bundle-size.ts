// Browser bundle size of typical @nrs/footprint imports, against @tgwf/co2's, measured the same way in
// the same run: esbuild (bundle, minify, browser, ESM, tree-shaking) then gzip -9.
//
//   npx tsx bench/bundle-size.ts
//
// Target (issue 3): a typical @nrs/footprint import under 35 KB gzip.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

interface Case {
  readonly name: string;
  readonly code: string;
  readonly typical?: boolean;
}

const CASES: readonly Case[] = [
  {
    name: "@nrs/footprint: inventory (parseInventoryCsv + computeInventoryFootprint, default pack)",
    code: `import { parseInventoryCsv, computeInventoryFootprint } from "@nrs/footprint"; globalThis.x = [parseInventoryCsv, computeInventoryFootprint];`,
    typical: true,
  },
  {
    name: "@nrs/footprint: device (computeDeviceFootprint, default pack)",
    code: `import { computeDeviceFootprint } from "@nrs/footprint"; globalThis.x = computeDeviceFootprint;`,
    typical: true,
  },
  {
    name: "@nrs/footprint: web (sustainableWebDesign)",
    code: `import { sustainableWebDesign } from "@nrs/footprint"; globalThis.x = sustainableWebDesign;`,
    typical: true,
  },
  {
    name: "@nrs/footprint: parseInventoryCsv only",
    code: `import { parseInventoryCsv } from "@nrs/footprint"; globalThis.x = parseInventoryCsv;`,
  },
  {
    name: "@nrs/footprint: everything (import *)",
    code: `import * as fp from "@nrs/footprint"; globalThis.x = fp;`,
  },
  {
    name: "@tgwf/co2: co2 (SWD + OneByte, with its grid data)",
    code: `import { co2 } from "@tgwf/co2"; globalThis.x = co2;`,
  },
  {
    name: "@tgwf/co2: everything (import *)",
    code: `import * as c from "@tgwf/co2"; globalThis.x = c;`,
  },
];

async function size(c: Case): Promise<{ min: number; gz: number }> {
  const r = await build({
    stdin: { contents: c.code, resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    // Workspace packages resolve to their TypeScript sources, as in the tests.
    conditions: ["@nrs/source"],
    logLevel: "silent",
  });
  const out = r.outputFiles[0];
  if (out === undefined) throw new Error(`no output for ${c.name}`);
  return { min: out.contents.length, gz: gzipSync(out.contents, { level: 9 }).length };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
console.log(`esbuild minified + gzip -9, browser ESM (node ${process.version})`);
let worstTypical = 0;
const co2 = await size(CASES[5] as Case);
for (const c of CASES) {
  const s = await size(c);
  if (c.typical) worstTypical = Math.max(worstTypical, s.gz);
  console.log(`${c.name.padEnd(88)} ${kb(s.min).padStart(9)} min ${kb(s.gz).padStart(8)} gzip  (${(s.gz / co2.gz).toFixed(2)}x co2.js)`);
}
console.log(`largest typical @nrs/footprint import: ${kb(worstTypical)} gzip (target < 35 KB) ${worstTypical < 35 * 1024 ? "OK" : "MISSED"}`);
