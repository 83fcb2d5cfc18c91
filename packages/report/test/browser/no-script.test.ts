import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assertBrowserPresent,
  browserPresent,
  browserRequired,
  CHROMIUM,
  CHROMIUM_ARGS,
} from "../../../../tools/test-support/src/chromium.js";
import { renderBilan, renderStrategy } from "../../src/index.js";
import { GENERATED_AT, loadFixture } from "../support/fixture.js";
import { PAYLOADS } from "../support/payloads.js";
import { poisonedInput } from "../support/poison.js";

// Skips only when the browser is missing AND not required; with NRS_REQUIRE_BROWSER=1 a missing browser
// fails in beforeAll (CI installs chromium and sets the variable).
describe.skipIf(!browserPresent && !browserRequired)("HTML documents in headless Chromium", () => {
  let context: BrowserContext;
  let page: Page;
  let events: string[] = [];
  let current = "";
  let profile: string;
  let pages: string;

  beforeAll(async () => {
    assertBrowserPresent();
    profile = mkdtempSync(join(tmpdir(), "nrs-report-profile-"));
    pages = mkdtempSync(join(tmpdir(), "nrs-report-pages-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", ...CHROMIUM_ARGS],
    });
    // One page for every document (a new page per document triples the run time); listeners write into
    // `events`, emptied before each navigation.
    page = await context.newPage();
    page.on("request", (r) => {
      if (r.url() !== current) events.push(`request ${r.url()}`);
    });
    page.on("console", (m) => events.push(`console ${m.type()} ${m.text()}`));
    page.on("dialog", async (d) => {
      events.push(`dialog ${d.message()}`);
      await d.dismiss();
    });
    page.on("pageerror", (e) => events.push(`pageerror ${e.message}`));
    page.on("popup", () => events.push("popup"));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (pages) rmSync(pages, { recursive: true, force: true });
  });

  async function open(name: string, content: string) {
    const file = join(pages, name);
    writeFileSync(file, content);
    const url = pathToFileURL(file).href;
    events = [];
    current = url;
    await page.goto(url, { waitUntil: "load" });
    // Give onfocus/ontoggle/animation handlers and meta refresh a moment to fire if they could.
    await page.focus("body").catch(() => undefined);
    await page.waitForTimeout(60);
    // A string, not a function: the test tsconfig has no DOM library (the package must not need one).
    const state = (await page.evaluate(
      "({ pwned: window.__nrsPwned, scripts: document.scripts.length, elements: document.getElementsByTagName('*').length, href: location.href })",
    )) as { pwned: unknown; scripts: number; elements: number; href: string };
    return { events: [...events], state, url };
  }

  it("the listeners do see a script that runs and a request that leaves (control)", async () => {
    const { events, state } = await open(
      "control.html",
      `<!DOCTYPE html><html lang="fr"><head><title>t</title></head><body><script>window.__nrsPwned = 1; console.log("ran")</script><img src="http://127.0.0.1:9/x.png" alt=""></body></html>`,
    );
    expect(state.pwned).toBe(1);
    expect(events.some((e) => e.startsWith("console"))).toBe(true);
    expect(events.some((e) => e.startsWith("request http://127.0.0.1:9/"))).toBe(true);
  }, 30_000);

  it("the example bilan and strategy: no script, no request, DOM size as stated", async () => {
    const input = loadFixture();
    for (const [name, out] of [
      ["bilan.html", renderBilan(input, { generatedAt: GENERATED_AT })],
      ["strategie.html", renderStrategy(input, { generatedAt: GENERATED_AT })],
    ] as const) {
      const { events, state, url } = await open(name, out.content);
      expect(events).toEqual([]);
      expect(state.scripts).toBe(0);
      expect(state.href).toBe(url);
      expect(state.elements).toBe(out.ecoIndex?.dom);
    }
  }, 60_000);

  it("a table cell with a long unbreakable source (a repository path) does not widen the page", async () => {
    const input = loadFixture();
    const long = "github:incubateur-ademe/publicodes-acv-numerique@70676e47ea3c50c03f4a3859f5377ed5cf16154d:src/data_center.publicodes";
    const facteurs = (input.facteurs ?? []).map((f) => ({ ...f, source: long }));
    expect(facteurs.length).toBeGreaterThan(0);
    const out = renderBilan({ ...input, facteurs }, { generatedAt: GENERATED_AT });
    // Written with break points (<wbr>) inside, and whole once they are taken out.
    expect(out.content).not.toContain(long);
    expect(out.content.replace(/<wbr>/g, "")).toContain(long);
    await page.setViewportSize({ width: 1024, height: 800 });
    await open("long-source.html", out.content);
    const width = (await page.evaluate(
      "({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })",
    )) as { scroll: number; client: number };
    expect(width.scroll).toBeLessThanOrEqual(width.client);
  }, 60_000);

  it("prints to A4 PDF (the print styles apply, nothing is requested)", async () => {
    const out = renderBilan(loadFixture(), { generatedAt: GENERATED_AT });
    const { events } = await open("print.html", out.content);
    await page.emulateMedia({ media: "print" });
    const pdf = Buffer.from(await page.pdf({ format: "A4", preferCSSPageSize: true }));
    await page.emulateMedia({ media: "screen" });
    expect(events).toEqual([]);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // A4 is 595.28 × 841.89 pt; Chromium writes the page box rounded to 595.92 × 842.88 (its pixel grid).
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
    expect(box).not.toBeNull();
    expect(Math.abs(Number(box![1]) - 595.28)).toBeLessThan(1);
    expect(Math.abs(Number(box![2]) - 841.89)).toBeLessThan(1.5);
  }, 60_000);

  it(`${PAYLOADS.length} injection payloads in every free-text field: no script runs, no request leaves`, async () => {
    for (const [i, payload] of PAYLOADS.entries()) {
      const input = poisonedInput(payload);
      for (const [kind, out] of [
        ["bilan", renderBilan(input, { generatedAt: GENERATED_AT })],
        ["strategie", renderStrategy(input, { generatedAt: GENERATED_AT, lang: "en" })],
      ] as const) {
        const { events, state, url } = await open(`${kind}-${i}.html`, out.content);
        expect(events, `payload #${i} (${kind})`).toEqual([]);
        expect(state.pwned, `payload #${i} (${kind})`).toBeUndefined();
        expect(state.scripts).toBe(0);
        expect(state.href).toBe(url);
      }
    }
  }, 300_000);
});
