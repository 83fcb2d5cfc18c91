// Bundles one import from an installed app as a browser application would (esbuild: bundle, minify,
// ESM, browser, tree-shaking; no custom condition, so the packages resolve to their published `dist/`),
// then gzip -9. Also says which packages ended up in the bundle.
import { gzipSync } from "node:zlib";
import { build, type Metafile, type Plugin } from "esbuild";

/** Minified and gzip sizes in bytes, and the npm packages the bundle kept code from. */
export interface Measured {
  readonly min: number;
  readonly gz: number;
  readonly packages: readonly string[];
}

/** The minified bundle of `code` (resolved from `appDir`) and, per input file, its bytes in the bundle. */
export interface Bundled {
  readonly contents: Uint8Array;
  readonly inputs: Metafile["outputs"][string]["inputs"];
  /** Every input file with what it imports (to tell why a module is in the bundle). */
  readonly graph: Metafile["inputs"];
}

/**
 * Replaces, in the bundle, each installed module whose path ends with a key of `stubs` by the code given:
 * to measure what an import costs without one of its modules (e.g. a pack's figures).
 */
function stubPlugin(stubs: Readonly<Record<string, string>>): Plugin {
  return {
    name: "nrs-stub",
    setup(b) {
      const used = new Set<string>();
      b.onLoad({ filter: /\.js$/ }, (args) => {
        const entry = Object.entries(stubs).find(([k]) => args.path.endsWith(k));
        if (entry === undefined) return undefined;
        used.add(entry[0]);
        return { contents: entry[1], loader: "js" };
      });
      // A stub that replaced nothing (a renamed module) would measure the whole import under its name.
      b.onEnd(() => {
        const unused = Object.keys(stubs).filter((k) => !used.has(k));
        if (unused.length > 0) throw new Error(`no bundled module ends with ${unused.join(", ")}`);
      });
    },
  };
}

export async function bundleImport(appDir: string, code: string, stubs: Readonly<Record<string, string>> = {}): Promise<Bundled> {
  const r = await build({
    plugins: Object.keys(stubs).length > 0 ? [stubPlugin(stubs)] : [],
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
  return { contents: out.contents, inputs: Object.values(r.metafile.outputs)[0]?.inputs ?? {}, graph: r.metafile.inputs };
}

/** The npm package an input file of the bundle belongs to (`undefined` for the entry itself). */
export function packageOf(file: string): string | undefined {
  return /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1];
}

export async function measureImport(appDir: string, code: string, stubs?: Readonly<Record<string, string>>): Promise<Measured> {
  const { contents, inputs } = await bundleImport(appDir, code, stubs);
  const packages = new Set<string>();
  for (const [file, input] of Object.entries(inputs)) {
    const p = packageOf(file);
    if (p !== undefined && input.bytesInOutput > 0) packages.add(p);
  }
  return { min: contents.byteLength, gz: gzipSync(contents, { level: 9 }).byteLength, packages: [...packages].sort() };
}
