import { defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

export default defineProject({
  // Resolve sibling @nrs packages to their TypeScript source so tests need no prior build.
  ssr: { resolve: { conditions: ["@nrs/source", ...defaultServerConditions] } },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // End-to-end tests spawn the built CLI, which takes a few seconds on a busy two-core machine.
    testTimeout: 30_000,
  },
});
