import { existsSync } from "node:fs";

/** Debian's Chromium, the browser of the tests (no browser is downloaded at install time). */
export const CHROMIUM = "/usr/bin/chromium";

/** Whether the browser is installed here. */
export const browserPresent = existsSync(CHROMIUM);

/**
 * Whether a browser test must run: with `NRS_REQUIRE_BROWSER` set (CI installs chromium and sets it), a missing
 * browser fails in `beforeAll` instead of skipping.
 */
export const browserRequired = !["", "0", undefined].includes(process.env.NRS_REQUIRE_BROWSER);

/** Chromium's switches for a quiet, offline, sandbox-free headless run. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Throws, in `beforeAll`, when a required browser is missing. */
export function assertBrowserPresent(): void {
  if (!browserPresent) throw new Error(`NRS_REQUIRE_BROWSER is set but ${CHROMIUM} is missing`);
}
