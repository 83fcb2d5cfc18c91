// The consumer project's program in a real browser: bundled for the browser (esbuild, platform browser, so
// that a Node built-in reached from a package fails the build) from the app that installed the tarballs,
// then run in Debian's Chromium. It must print what it printed in Node, line for line, and throw nothing.
// Without the browser the check is skipped (and says so), unless NRS_REQUIRE_BROWSER is set (CI sets it).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { browserPresent, browserRequired, CHROMIUM, CHROMIUM_ARGS } from "../../test-support/src/chromium.js";

/** Runs `out/index.js` of the consumer app in Chromium; returns what failed. */
export async function checkBrowser(app: string, nodeOutput: string): Promise<string[]> {
  const what = "the consumer program in Chromium prints what it printed in Node";
  if (!browserPresent) {
    if (browserRequired) return [`${what}: NRS_REQUIRE_BROWSER is set but ${CHROMIUM} is missing`];
    console.log(`skip ${what} (no ${CHROMIUM})`);
    return [];
  }
  const bundled = await build({
    entryPoints: [join(app, "out", "index.js")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  }).catch((error: unknown) => error as Error);
  if (bundled instanceof Error) return [`${what}: the browser bundle fails: ${bundled.message}`];
  const code = bundled.outputFiles[0]?.text ?? "";
  const page = join(app, "browser.html");
  writeFileSync(page, `<!doctype html><meta charset="utf-8"><script type="module">${code.replaceAll("</script", "<\\/script")}</script>`);

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  try {
    const tab = await browser.newPage();
    const lines: string[] = [];
    const errors: string[] = [];
    tab.on("console", (m) => lines.push(m.text()));
    tab.on("pageerror", (e) => errors.push(e.message));
    await tab.goto(pathToFileURL(page).href, { waitUntil: "load" });
    const got = lines.join("\n");
    if (errors.length > 0) return [`${what}: it threw ${errors.join("; ")}`];
    if (got !== nodeOutput.trim()) return [`${what}: Chromium printed\n${got}\nNode printed\n${nodeOutput.trim()}`];
    console.log(`ok   ${what} (${lines.length} lines, ${(code.length / 1024).toFixed(0)} KB bundle)`);
    return [];
  } finally {
    await browser.close();
  }
}
