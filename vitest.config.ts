import { defineConfig } from "vitest/config";

// Root config: `npx vitest run` at the repo root runs every package's tests.
export default defineConfig({
  test: {
    projects: ["packages/*", "tools/*"],
  },
});
