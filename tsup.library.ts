import { defineConfig } from "tsup";

// The build every library package shares (core, model, footprint, indicators, report): ESM + CJS with
// declarations, platform-neutral so that nothing Node-only slips into a browser-safe package. The CLI
// has its own config (Node target, a bin entry).
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  splitting: false,
  treeshake: true,
});
