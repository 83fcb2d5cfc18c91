import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assertBrowserPresent,
  browserPresent,
  browserRequired,
  CHROMIUM,
  CHROMIUM_ARGS,
} from "../../../../tools/test-support/src/chromium.js";
import { renderBilan } from "../../src/index.js";
import { GENERATED_AT, loadFixture } from "../support/fixture.js";
import { englishWords, LAYOUT_CHECKS, pdfPages, type LayoutReport } from "../support/layout-checks.js";

// The bilan as a council member reads it, on screen (1280 px) and printed (A4): the case's frozen bilan.
// The example of the repository, rendered by the CLI, is checked the same way in @nrs/cli's e2e tests.
describe.skipIf(!browserPresent && !browserRequired)("the bilan's layout in headless Chromium", () => {
  let browser: Browser;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    assertBrowserPresent();
    dir = mkdtempSync(join(tmpdir(), "nrs-report-layout-"));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(lang: "fr" | "en"): Promise<LayoutReport> {
    const file = join(dir, `bilan.${lang}.html`);
    writeFileSync(file, renderBilan(loadFixture(), { generatedAt: GENERATED_AT, lang }).content);
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    return (await page.evaluate(LAYOUT_CHECKS)) as LayoutReport;
  }

  it("the check sees a word broken in a cell (control: the CSS this package had before)", async () => {
    const file = join(dir, "control.html");
    writeFileSync(
      file,
      `<!DOCTYPE html><html lang="fr"><body><main><table><tr><td style="width:20px;overflow-wrap:anywhere">Nature</td><td>Public</td></tr></table></main></body></html>`,
    );
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    const r = (await page.evaluate(LAYOUT_CHECKS)) as LayoutReport;
    expect(r.broken).toEqual(["Nature"]);
  }, 60_000);

  it("at 1280 px: the synthesis comes first, no word is broken in a table cell, the page does not widen", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const r = await open("fr");
    expect(r.headings[0]).toBe("synthese");
    expect(r.headings.at(-2)).toBe("sources");
    expect(r.broken).toEqual([]);
    expect(r.overflow).toBeLessThanOrEqual(0);
  }, 60_000);

  it("printed on A4: no word is broken in a table cell either", async () => {
    // 210 mm less 2 × 14 mm of margins, at 96 px per inch.
    await page.setViewportSize({ width: Math.floor(((210 - 28) / 25.4) * 96), height: 1100 });
    await page.emulateMedia({ media: "print" });
    const r = await open("fr");
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(r.broken).toEqual([]);
  }, 60_000);

  it("every chart has labels with figures, and a text alternative", async () => {
    const r = await open("fr");
    expect(r.charts.length).toBeGreaterThan(0);
    for (const c of r.charts) {
      expect(c.valueLabels, c.name.slice(0, 60)).toBeGreaterThan(0);
      expect(c.name).toMatch(/\d/);
    }
  }, 60_000);

  it("the French bilan has no English word, and the English one no French status", async () => {
    expect(englishWords((await open("fr")).text)).toEqual([]);
    const en = (await open("en")).text;
    expect(en).not.toMatch(/Sur la trajectoire|En retard|Cible atteinte/);
  }, 60_000);

  it("prints on A4 with page numbers, in at most 16 pages", async () => {
    await open("fr");
    await page.emulateMedia({ media: "print" });
    const pdf = Buffer.from(await page.pdf({ format: "A4", preferCSSPageSize: true }));
    await page.emulateMedia({ media: "screen" });
    expect(pdfPages(pdf)).toBeGreaterThan(1);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(16);
  }, 60_000);
});
