// `npm run breakdown -w @nrs/packed [import] [--why <module>] [--top <n>] [--app <dir>]`: what weighs in
// the browser bundle of one import, measured as `npm test` measures it (packed tarballs installed in a
// temporary app, esbuild minify browser ESM, gzip -9). Prints the bytes each input module keeps in the
// minified bundle, by package and by module, and for each module the bundled modules that import it, so
// that the reason a module is bundled is visible (`--why <part of a path>` for one module).
//
// `import` is a size case's name (or part of it, see size-cases.ts) or the code itself
// (`export { x } from "@nrs/y"`); default: renderBilan. `--app` reuses an app kept by NRS_KEEP_TMP=1
// (this tool keeps its own and says where) instead of packing again (the packages must be built).
// The gzip column shares the bundle's gzip size in proportion to the minified bytes: an estimate,
// since gzip is not additive, but it ranks the modules.
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { gzipSync } from "node:zlib";
import { bundleImport, packageOf, type Bundled } from "./measure-size.js";
import { installApp, packAll } from "./pack.js";
import { SIZE_CASES, type SizeCase } from "./size-cases.js";

interface Args {
  readonly what: string;
  readonly why: string | undefined;
  readonly top: number;
  readonly app: string | undefined;
}

function parseArgs(argv: readonly string[]): Args {
  let what = "renderBilan";
  let why: string | undefined;
  let top = 40;
  let app: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--why") why = next();
    else if (a === "--top") top = Number(next());
    else if (a === "--app") app = next();
    else what = a;
  }
  return { what, why, top, app };
}

function codeOf(what: string): Pick<SizeCase, "name" | "code" | "stubs"> {
  if (/\bfrom\b|\bexport\b|\bimport\b/.test(what)) return { name: what, code: what };
  const c = SIZE_CASES.find((s) => s.name.toLowerCase().includes(what.toLowerCase()));
  if (c === undefined) throw new Error(`no size case matches "${what}"; give the code instead: 'export { x } from "@nrs/y"'`);
  return c;
}

/** A module's path shortened to `package/path` (or the path inside the app for the entry). */
function short(file: string): string {
  const m = /node_modules\/(.*)$/.exec(file);
  return m?.[1] ?? file;
}

/**
 * For each module, the bundled modules that import it, directly or through re-exporting files that
 * keep no bytes themselves (package indexes): the modules whose code made the bundler keep it, as far
 * as the metafile tells (it lists every import, used or not, so an importer is a candidate reason).
 */
function importers(b: Bundled): Map<string, Set<string>> {
  const kept = (f: string): boolean => (b.inputs[f]?.bytesInOutput ?? 0) > 0 || f.startsWith("<stdin>");
  const direct = new Map<string, Set<string>>();
  for (const [f, input] of Object.entries(b.graph))
    for (const imp of input.imports) {
      if (imp.external) continue;
      const set = direct.get(imp.path) ?? new Set<string>();
      set.add(f);
      direct.set(imp.path, set);
    }
  const out = new Map<string, Set<string>>();
  for (const f of Object.keys(b.graph)) {
    const found = new Set<string>();
    const seen = new Set<string>([f]);
    const queue = [...(direct.get(f) ?? [])];
    while (queue.length > 0) {
      const g = queue.shift() ?? "";
      if (seen.has(g)) continue;
      seen.add(g);
      if (kept(g)) found.add(g);
      else queue.push(...(direct.get(g) ?? []));
    }
    out.set(f, found);
  }
  return out;
}

const pad = (n: number, w: number): string => n.toFixed(1).padStart(w);

function print(name: string, b: Bundled, args: Args): void {
  const gz = gzipSync(b.contents, { level: 9 }).byteLength;
  const min = b.contents.byteLength;
  const share = (bytes: number): number => (bytes / min) * (gz / 1024);
  const rows = Object.entries(b.inputs)
    .filter(([, i]) => i.bytesInOutput > 0)
    .map(([file, i]) => ({ file, bytes: i.bytesInOutput, pkg: packageOf(file) ?? "(entry)" }))
    .sort((x, y) => y.bytes - x.bytes);
  console.log(`${name}: ${(min / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(1)} KB gzip -9`);
  const byPkg = new Map<string, number>();
  for (const r of rows) byPkg.set(r.pkg, (byPkg.get(r.pkg) ?? 0) + r.bytes);
  console.log(`\n${"package".padEnd(60)} ${"min KB".padStart(7)} ${"~gz KB".padStart(7)}`);
  for (const [p, bytes] of [...byPkg].sort((x, y) => y[1] - x[1]))
    console.log(`${p.padEnd(60)} ${pad(bytes / 1024, 7)} ${pad(share(bytes), 7)}`);
  const by = importers(b);
  const names = (f: string): string[] => [...(by.get(f) ?? [])].map((g) => short(g).replace(/^@nrs\/([^/]+)\/dist\//, "$1:"));
  console.log(`\n${"module (heaviest first)".padEnd(60)} ${"min KB".padStart(7)} ${"~gz KB".padStart(7)}  imported by`);
  for (const r of rows.slice(0, args.top)) {
    const via = names(r.file);
    const more = via.length > 4 ? ` +${via.length - 4}` : "";
    console.log(`${short(r.file).padEnd(60)} ${pad(r.bytes / 1024, 7)} ${pad(share(r.bytes), 7)}  ${via.slice(0, 4).join(", ")}${more}`);
  }
  if (rows.length > args.top) console.log(`… ${rows.length - args.top} more modules (--top ${rows.length} to list them)`);
  if (args.why !== undefined) {
    const hits = Object.keys(b.graph).filter((f) => f.includes(args.why ?? ""));
    console.log(`\nwhy ${args.why}:${hits.length === 0 ? " not in the bundle's import graph" : ""}`);
    for (const f of hits)
      console.log(`  ${short(f)} (${b.inputs[f]?.bytesInOutput ?? 0} B) is imported by ${names(f).join(", ") || "nothing kept"}`);
  }
}

const args = parseArgs(process.argv.slice(2));
const { name, code, stubs } = codeOf(args.what);
let app = args.app;
if (app === undefined) {
  const tarballs = packAll();
  app = installApp("size-app", tarballs);
  rmSync(dirname(tarballs[0] ?? ""), { recursive: true, force: true });
  console.log(`(installed app kept in ${app}: pass --app ${app} to measure again without packing)\n`);
}
print(name, await bundleImport(app, code, stubs), args);
