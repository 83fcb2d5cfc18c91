import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assertBrowserPresent,
  browserPresent,
  browserRequired,
  CHROMIUM,
  CHROMIUM_ARGS,
} from "../../../../tools/test-support/src/chromium.js";
// The in-page measures of @nrs/report's own browser test, applied here to the example as `nrs` renders it.
import { englishWords, LAYOUT_CHECKS, pdfPages, type LayoutReport } from "../../../report/test/support/layout-checks.js";
import { example, nrs, tempDir } from "./run-built-cli.js";

// The example's bilan exactly as the demo writes it (`nrs report examples/val-de-fictive`), opened as a
// council member would: on screen at 1280 px and printed on A4.
describe.skipIf(!browserPresent && !browserRequired)("the example's bilan in headless Chromium", () => {
  const tmp = tempDir("nrs-e2e-bilan-");
  let browser: Browser;
  let page: Page;
  let report: LayoutReport;

  beforeAll(async () => {
    assertBrowserPresent();
    const r = await nrs(["report", example, "--year", "2025", "--format", "html", "--out", join(tmp.dir, "bilan.html")]);
    expect(r.code, r.stderr).toBe(0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(join(tmp.dir, "bilan.html")).href, { waitUntil: "load" });
    report = (await page.evaluate(LAYOUT_CHECKS)) as LayoutReport;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    tmp.cleanup();
  });

  it("the synthesis comes first, the annexes (sources, RGESN declarations) after the bilan, the methodology last", () => {
    expect(report.headings[0]).toBe("synthese");
    expect(report.headings.slice(-3)).toEqual(["sources", "rgesn", "methode"]);
  });

  it("no word of 14 characters or fewer is broken in a table cell at 1280 px, and the page does not widen", () => {
    expect(report.broken).toEqual([]);
    expect(report.overflow).toBeLessThanOrEqual(0);
  });

  it("every chart has labels with figures", () => {
    expect(report.charts.length).toBeGreaterThanOrEqual(7);
    for (const c of report.charts) expect(c.valueLabels, c.name.slice(0, 60)).toBeGreaterThan(0);
  });

  it("the French bilan has no English word and no file name outside the annex", () => {
    expect(englishWords(report.text)).toEqual([]);
    // The collectivité's own comments (bilans/2025.json) are its words, quoted as written.
    const comments =
      (JSON.parse(readFileSync(join(example, "bilans/2025.json"), "utf8")) as { commentaires?: string[] }).commentaires ?? [];
    const body = comments.reduce((t, c) => t.replace(c, ""), report.text.slice(0, report.text.indexOf("Annexe")));
    expect(body).not.toMatch(/\b[\w-]+\.(csv|json)\b/);
  });

  it("prints on at most 16 A4 pages, no word broken in a cell there either", async () => {
    await page.setViewportSize({ width: Math.floor(((210 - 28) / 25.4) * 96), height: 1100 });
    await page.emulateMedia({ media: "print" });
    const printed = (await page.evaluate(LAYOUT_CHECKS)) as LayoutReport;
    const pdf = Buffer.from(await page.pdf({ format: "A4", preferCSSPageSize: true }));
    expect(printed.broken).toEqual([]);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(16);
  }, 60_000);

  it("nrs report --format docx writes a Word document with the synthesis first and its tables", async () => {
    const out = join(tmp.dir, "bilan.docx");
    const r = await nrs(["report", example, "--year", "2025", "--format", "docx", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const document = strFromU8(unzipSync(readFileSync(out))["word/document.xml"]!);
    const h1 = [...document.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gs)].map((m) => m[1]);
    expect(h1[0]).toBe("Synthèse 2025");
    expect(h1).toContain("Annexe\u00A0: sources des données et des facteurs");
    expect((document.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(4);
  }, 60_000);

  it("nrs report --fragment writes a scoped HTML fragment, and refuses a docx on standard output", async () => {
    const f = await nrs(["report", example, "--year", "2025", "--fragment"]);
    expect(f.code, f.stderr).toBe(0);
    expect(f.stdout.startsWith('<div class="nrs-report" lang="fr"><style>.nrs-report{')).toBe(true);
    expect(f.stdout).not.toMatch(/<html|<body|(^|[}\n])body\{/);
    const d = await nrs(["report", example, "--year", "2025", "--format", "docx"]);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain("--out");
  }, 60_000);
});
