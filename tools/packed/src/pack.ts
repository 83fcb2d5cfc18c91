// Packs the public packages with `npm pack` (what `npm publish` uploads) and installs the tarballs in a
// fresh temporary app, so that what is measured or type-checked is what an npm user installs, not the
// workspace sources. The packages must be built first (`npx turbo run build`).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const PACKAGES = ["core", "model", "footprint", "indicators", "report", "cli"] as const;

const npm = (args: readonly string[], cwd: string): string =>
  execFileSync("npm", [...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** Packs every public package into a new temporary folder; returns the tarball paths. */
export function packAll(): string[] {
  const out = mkdtempSync(join(tmpdir(), "nrs-tarballs-"));
  for (const p of PACKAGES) npm(["pack", "--silent", "--pack-destination", out], join(ROOT, "packages", p));
  return readdirSync(out)
    .filter((f) => f.endsWith(".tgz"))
    .map((f) => join(out, f));
}

/** A fresh app (ESM) with `dependencies` installed first, then the tarballs; returns its folder. */
export function installApp(
  name: string,
  tarballs: readonly string[],
  files: Readonly<Record<string, string>> = {},
  dependencies: Readonly<Record<string, string>> = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), `nrs-${name}-`));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, private: true, type: "module", dependencies }, null, 2));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const quiet = ["--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"];
  if (Object.keys(dependencies).length > 0) npm(["install", ...quiet], dir);
  npm(["install", ...quiet, ...tarballs], dir);
  return dir;
}

export { npm };
