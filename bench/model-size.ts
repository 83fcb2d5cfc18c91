// Browser bundle size of @nrs/model: esbuild (bundle, minify, ESM, browser platform) then gzip -9,
// for the whole package and for typical imports, next to its two dependencies alone (zod/mini and
// decimal.js) built the same way in the same run. Budget (issue #2): 25 KB gzip for the whole package.
// The model keeps decimals as canonical strings (zDecimalString of @nrs/core), so decimal.js must not
// be in its bundle: the run checks that from esbuild's metafile and fails if it is.
//
// Run:  npx tsx bench/model-size.ts
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BUDGET_KB = 25;

const cases: [string, string][] = [
  ["@nrs/model, everything", `export * from "@nrs/model";`],
  ["@nrs/model, parse + check a strategy", `export { parseStrategy, checkStrategy } from "@nrs/model";`],
  ["@nrs/model, obligations() only", `export { obligations } from "@nrs/model";`],
  ["baseline: zod/mini (object, string, enum, array, union, pipe)", `import * as z from "zod/mini"; export const s = z.strictObject({ a: z.string(), b: z.enum(["x"]), c: z.array(z.union([z.number(), z.string()])), d: z.pipe(z.string(), z.transform((v) => v)) });`],
  ["baseline: decimal.js", `export { Decimal } from "decimal.js";`],
  ["baseline: @nrs/core zDecimal alone (decimal.js + the zod/mini it uses)", `export { zDecimal } from "@nrs/core";`],
  ["@nrs/core zDecimalString alone (what the model uses instead)", `export { zDecimalString } from "@nrs/core";`],
];

async function size(contents: string): Promise<{ min: number; gz: number; decimalJs: boolean }> {
  const r = await build({
    stdin: { contents, resolveDir: join(root, "packages", "model"), loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    // Resolve @nrs/* to their TypeScript sources, as the workspace does: no build needed.
    conditions: ["@nrs/source"],
    write: false,
    metafile: true,
    logLevel: "error",
  });
  const out = r.outputFiles[0];
  if (!out) throw new Error("esbuild produced no output");
  // metafile.inputs lists every module read, even those tree-shaking then dropped: look at the output's.
  const kept = Object.entries(Object.values(r.metafile.outputs)[0]?.inputs ?? {}).filter(([, i]) => i.bytesInOutput > 0);
  const decimalJs = kept.some(([f]) => f.includes("node_modules/decimal.js/"));
  return { min: out.contents.byteLength, gz: gzipSync(out.contents, { level: 9 }).byteLength, decimalJs };
}

const kb = (n: number) => (n / 1024).toFixed(1);
let whole = 0;
let modelWithDecimalJs = false;
console.log("bundle".padEnd(72), "min KB".padStart(8), "gzip KB".padStart(8), " decimal.js");
for (const [name, code] of cases) {
  const s = await size(code);
  if (name.endsWith("everything")) whole = s.gz;
  if (name.startsWith("@nrs/model") && s.decimalJs) modelWithDecimalJs = true;
  console.log(name.padEnd(72), kb(s.min).padStart(8), kb(s.gz).padStart(8), s.decimalJs ? " yes" : " no");
}
const ratio = whole / (BUDGET_KB * 1024);
console.log(`\n@nrs/model whole package: ${kb(whole)} KB gzip = ${(ratio * 100).toFixed(0)} % of the ${BUDGET_KB} KB budget (${ratio <= 1 ? "within" : "OVER"} budget)`);
if (modelWithDecimalJs) console.log("decimal.js is in a @nrs/model bundle: the model should hold decimals as strings (FAIL)");
if (ratio > 1 || modelWithDecimalJs) process.exitCode = 1;
