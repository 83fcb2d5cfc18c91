import { defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

export default defineProject({
  // Resolve sibling @nrs packages to their TypeScript source so tests need no prior build.
  ssr: { resolve: { conditions: ["@nrs/source", ...defaultServerConditions] } },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // Property tests share 2 cores with the other packages under turbo: time is not what they check.
    testTimeout: 60_000,
  },
});
