import { defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

export default defineProject({
  // Resolve sibling @nrs packages to their TypeScript source so tests need no prior build.
  ssr: { resolve: { conditions: ["@nrs/source", ...defaultServerConditions] } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    environment: "node",
  },
});
