// Browser bundle size of @nrs/model: esbuild (bundle, minify, ESM, browser platform) then gzip -9,
// for the whole package and for typical imports, next to its two dependencies alone (zod/mini and
// decimal.js) built the same way in the same run. Budget (issue #2): 25 KB gzip for the whole package.
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
];

async function size(contents: string): Promise<{ min: number; gz: number }> {
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
    logLevel: "error",
  });
  const out = r.outputFiles[0];
  if (!out) throw new Error("esbuild produced no output");
  return { min: out.contents.byteLength, gz: gzipSync(out.contents, { level: 9 }).byteLength };
}

const kb = (n: number) => (n / 1024).toFixed(1);
let whole = 0;
console.log("bundle".padEnd(72), "min KB".padStart(8), "gzip KB".padStart(8));
for (const [name, code] of cases) {
  const s = await size(code);
  if (name.endsWith("everything")) whole = s.gz;
  console.log(name.padEnd(72), kb(s.min).padStart(8), kb(s.gz).padStart(8));
}
const ratio = whole / (BUDGET_KB * 1024);
console.log(`\n@nrs/model whole package: ${kb(whole)} KB gzip = ${(ratio * 100).toFixed(0)} % of the ${BUDGET_KB} KB budget (${ratio <= 1 ? "within" : "OVER"} budget)`);
if (ratio > 1) process.exitCode = 1;
