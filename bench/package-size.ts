// Browser bundle sizes of single imports, measured on what users install: packs the packages
// (`npm pack`), installs the tarballs in a temporary app, and bundles each import from there (esbuild:
// bundle, minify, browser, ESM, tree-shaking; then gzip -9), next to @tgwf/co2 built the same way.
// Budgets and cases: tools/packed/src/size-cases.ts; `npm run check` fails above 110 % of a budget.
//
//   npx turbo run build && npx tsx bench/package-size.ts
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { checkSizes } from "../tools/packed/src/check-sizes.js";
import { measureImport } from "../tools/packed/src/measure-size.js";
import { installApp, packAll, ROOT } from "../tools/packed/src/pack.js";

const tarballs = packAll();
const app = installApp("size-app", tarballs);
const failures = await checkSizes(app);
const co2 = await measureImport(ROOT, `export { co2 } from "@tgwf/co2";`);
console.log(
  `${"baseline: co2 from @tgwf/co2 (SWD + OneByte, grid data)".padEnd(58)} ${(co2.min / 1024).toFixed(1).padStart(7)} ${(co2.gz / 1024).toFixed(1).padStart(8)}`,
);
for (const dir of [dirname(tarballs[0] ?? ""), app]) rmSync(dir, { recursive: true, force: true });
for (const f of failures) console.log(`OVER BUDGET ${f}`);
