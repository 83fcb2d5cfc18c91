// Bundles one import from an installed app as a browser application would (esbuild: bundle, minify,
// ESM, browser, tree-shaking; no custom condition, so the packages resolve to their published `dist/`),
// then gzip -9. Also says which packages ended up in the bundle.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** Minified and gzip sizes in bytes, and the npm packages the bundle kept code from. */
export interface Measured {
  readonly min: number;
  readonly gz: number;
  readonly packages: readonly string[];
}

export async function measureImport(appDir: string, code: string): Promise<Measured> {
  const r = await build({
    stdin: { contents: code, resolveDir: appDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "error",
  });
  const out = r.outputFiles[0];
  if (out === undefined) throw new Error("esbuild produced no output");
  const inputs = Object.values(r.metafile.outputs)[0]?.inputs ?? {};
  const packages = new Set<string>();
  for (const [file, input] of Object.entries(inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
    if (m?.[1] !== undefined && input.bytesInOutput > 0) packages.add(m[1]);
  }
  return { min: out.contents.byteLength, gz: gzipSync(out.contents, { level: 9 }).byteLength, packages: [...packages].sort() };
}
