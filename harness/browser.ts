import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * Playwright's own Chromium where it is installed; otherwise Debian's
 * (`apt-get install chromium`), because browser downloads are not possible
 * on every machine that runs these tests.
 */
export function chromiumExecutablePath(): string | undefined {
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return undefined;
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error("No Chromium found: install Playwright's browser or Debian's chromium package.");
}
