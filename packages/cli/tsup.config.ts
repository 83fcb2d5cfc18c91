import { readFileSync, writeFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { buildDeclarations, libraryConfig } from "../../tsup.library.js";

// The shared per-module build (see tsup.library.ts), for Node; `dist/bin.js` gets the shebang that makes
// it the `nrs` executable.
export default defineConfig(
  libraryConfig({
    target: "node20.19",
    platform: "node",
    async onSuccess() {
      const bin = "dist/bin.js";
      const code = readFileSync(bin, "utf8");
      if (!code.startsWith("#!")) writeFileSync(bin, `#!/usr/bin/env node\n${code}`);
      buildDeclarations();
    },
  }),
);
