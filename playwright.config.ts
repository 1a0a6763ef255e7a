import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutablePath } from "./harness/browser.ts";
import { TEST_NOW } from "./harness/clock.ts";

// Every build in the run (the global setup's, the servers' --build) shows the sample events whatever the real date.
process.env.SN_NOW ??= TEST_NOW;

const port = 4173;
// The same site built for a subfolder deploy (PATH_PREFIX), where search must work too.
const prefixedPort = 4174;
const prefix = "/safer-neighbourhoods/";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? "line" : "list",
  // Builds the site the accessibility checks run over (all of London when ../shared is present); its teardown reports on them.
  globalSetup: "./tests/support/a11y-global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromiumExecutablePath(),
      // Without these, Chromium keeps trying to reach Google's services, which a closed network refuses.
      args: ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    },
  },
  projects: [
    { name: "chromium", testIgnore: /preview.*\.spec\.ts$/, use: { ...devices["Desktop Chrome"] } },
    // Each preview spec runs its own `eleventy --serve` over all of London; two at once on a two-core machine
    // would time each other's rebuilds, not the preview's. One at a time, beside the other tests.
    { name: "preview", testMatch: /preview.*\.spec\.ts$/, workers: 1, use: { ...devices["Desktop Chrome"] } },
    {
      name: "chromium-prefixed",
      testMatch: /(search|security-headers)\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${prefixedPort}${prefix}` },
    },
  ],
  // Both servers send netlify.toml's headers (so every test runs under the real Content-Security-Policy) and follow _redirects.
  webServer: [
    {
      command: `node --import tsx tests/support/serve.ts --root _site --port ${port} --netlify --build`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `node --import tsx tests/support/serve.ts --root .cache/prefixed-site --port ${prefixedPort} --prefix ${prefix} --netlify --build`,
      url: `http://127.0.0.1:${prefixedPort}${prefix}`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
