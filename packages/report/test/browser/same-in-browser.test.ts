import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assertBrowserPresent,
  browserPresent,
  browserRequired,
  CHROMIUM,
  CHROMIUM_ARGS,
} from "../../../../tools/test-support/src/chromium.js";
import { FIXTURE } from "../support/fixture.js";

// The libraries in a real browser: the val-de-fictive case is built and rendered inside Chromium by the
// packages' sources bundled for the browser (esbuild, platform browser: a Node built-in reached from a
// library fails the build), and every output must equal its golden file byte for byte, as in Node (the
// number and date formats, the SVG charts, the SHA-256 of the provenance included).
describe.skipIf(!browserPresent && !browserRequired)("the bilan rendered in headless Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "nrs-report-in-browser-"));
  let browser: Browser;
  let outputs: Record<string, string>;
  let errors: string[];

  beforeAll(async () => {
    assertBrowserPresent();
    const inputs = readdirSync(join(FIXTURE, "in")).filter((f) => f.endsWith(".json"));
    const support = new URL("../support/golden-outputs.ts", import.meta.url).pathname;
    const entry = [
      `import { goldenOutputs } from ${JSON.stringify(support)};`,
      ...inputs.map((f, i) => `import f${i} from ${JSON.stringify(join(FIXTURE, "in", f))};`),
      `const files = { ${inputs.map((f, i) => `${JSON.stringify(f)}: f${i}`).join(", ")} };`,
      // A deep copy per read, as JSON.parse gives in Node.
      `globalThis.__outputs = goldenOutputs((name) => JSON.parse(JSON.stringify(files[name])));`,
    ].join("\n");
    const bundled = await build({
      stdin: { contents: entry, resolveDir: dir, loader: "ts" },
      bundle: true,
      format: "esm",
      platform: "browser",
      conditions: ["@nrs/source"],
      target: "es2022",
      write: false,
      logLevel: "silent",
    });
    const code = bundled.outputFiles[0]?.text ?? "";
    writeFileSync(
      join(dir, "page.html"),
      `<!doctype html><meta charset="utf-8"><script type="module">${code.replaceAll("</script", "<\\/script")}</script>`,
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
    const page = await browser.newPage();
    errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(pathToFileURL(join(dir, "page.html")).href, { waitUntil: "load" });
    outputs = (await page.evaluate("globalThis.__outputs")) as Record<string, string>;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs without an error and renders every golden file", () => {
    expect(errors).toEqual([]);
    expect(Object.keys(outputs ?? {}).sort()).toEqual(readdirSync(join(FIXTURE, "out")).sort());
  });

  it.each(readdirSync(join(FIXTURE, "out")))("%s is the golden file, byte for byte", (name) => {
    expect(outputs[name]).toBe(readFileSync(join(FIXTURE, "out", name), "utf8"));
  });
});
