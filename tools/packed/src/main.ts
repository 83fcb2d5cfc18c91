// `npm test` of this tool (run by `npm run check` after the build): packs the packages once, then checks
// the size budgets and the consumer project against the tarballs, the consumer's program in Node and in Chromium. Exits 1 on any failure. The temporary
// folders are removed unless NRS_KEEP_TMP=1.
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { checkBrowser } from "./check-browser.js";
import { checkConsumer } from "./check-consumer.js";
import { checkSizes } from "./check-sizes.js";
import { installApp, packAll } from "./pack.js";

const tarballs = packAll();
const sizeApp = installApp("size-app", tarballs);
const consumer = checkConsumer(tarballs);
const browser = consumer.nodeOutput === undefined ? [] : await checkBrowser(consumer.app, consumer.nodeOutput);
const failures = [...(await checkSizes(sizeApp)), ...consumer.failures, ...browser];
if (process.env["NRS_KEEP_TMP"] !== "1") {
  for (const dir of [dirname(tarballs[0] ?? ""), sizeApp, consumer.app]) rmSync(dir, { recursive: true, force: true });
}
for (const f of failures) console.error(`FAIL ${f}`);
process.exit(failures.length > 0 ? 1 : 0);
