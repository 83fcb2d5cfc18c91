import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { defineConfig, type Options } from "tsup";

// The build every package shares: one ES module per source module (`bundle: false`), so that a bundler
// keeps only the modules an application imports (each package.json says `"sideEffects": false`).
// ESM only: the packages require Node >= 20.19, where `require()` loads an ES module, so a CommonJS
// caller gets the very same module instances as an `import` (one `NrsError` class, no dual-package
// hazard) and the tarball carries one copy of the code. esbuild strips comments from the JS; the
// declarations (with their TSDoc and declaration maps pointing into the shipped `src/`) come from tsc,
// one `.d.ts` per module, through the package's `tsconfig.build.json`. New source files are picked up by
// the glob, nothing to register.
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/** Writes the package's declarations (`tsc -p tsconfig.build.json`) next to the JS in `dist/`. */
export function buildDeclarations(): void {
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });
}

export function libraryConfig(overrides: Options = {}): Options {
  return {
    entry: ["src/**/*.ts", "!src/**/*.d.ts"],
    format: ["esm"],
    bundle: false,
    dts: false,
    sourcemap: false,
    clean: true,
    target: "es2022",
    platform: "neutral",
    // A JSON import keeps its `with { type: "json" }`, which Node requires (esbuild drops it for es2022).
    esbuildOptions(options) {
      options.supported = { ...options.supported, "import-attributes": true };
    },
    async onSuccess() {
      buildDeclarations();
    },
    ...overrides,
  };
}

export default defineConfig(libraryConfig());
