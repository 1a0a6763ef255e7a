import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/build/**/*.test.ts"],
    // Build tests run Eleventy and Pagefind, which take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Build tests share one build of content/ per run (tests/support/default-site.ts).
    globalSetup: ["tests/support/default-site-setup.ts"],
  },
});
