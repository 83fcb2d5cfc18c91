import { defaultServerConditions } from "vite";
import { defineProject, type UserWorkspaceConfig } from "vitest/config";

/**
 * The one vitest configuration of every package and tool (`<package>/vitest.config.ts` only calls it):
 * sibling `@nrs` packages resolve to their TypeScript source (the `@nrs/source` condition), so tests
 * need no prior build; tests live in `test/**\/*.test.ts`.
 */
export function nrsProject(options: { readonly testTimeout?: number } = {}): UserWorkspaceConfig {
  return defineProject({
    ssr: { resolve: { conditions: ["@nrs/source", ...defaultServerConditions] } },
    test: {
      include: ["test/**/*.test.ts"],
      environment: "node",
      // Property tests share 2 cores with the other packages under turbo: time is not what they check.
      testTimeout: options.testTimeout ?? 60_000,
    },
  });
}
