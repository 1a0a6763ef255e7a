import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { headerValue, headersForPath, parseNetlifyHeaders } from "../support/netlify-headers.ts";
import { SAMPLE_TEMPLATES } from "../support/a11y-page-checks.ts";

/*
 * The web server (playwright.config.ts) sends netlify.toml's headers, as
 * Netlify's CDN would. These tests load a page of every template, and run a
 * search, under that Content-Security-Policy, and fail on any violation and
 * on any console error, from the page or from Pagefind's worker.
 * Addresses are relative to baseURL, so the subfolder build runs them too.
 */

const rules = parseNetlifyHeaders(readFileSync("netlify.toml", "utf8"));
const expected = headersForPath(rules, "/");
const csp = headerValue(expected, "Content-Security-Policy") ?? "";

interface Watch {
  readonly problems: string[];
}

/** Record CSP violations (reported from inside the page), console errors and warnings, and uncaught exceptions. */
async function watch(page: Page): Promise<Watch> {
  const problems: string[] = [];
  // A binding, not a global: it survives navigations, and CSP does not apply to it.
  await page.exposeFunction("reportCspViolation", (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    // The 404 page is served with status 404, which Chromium reports for the document itself.
    const own404 = /status of 404/.test(message.text()) && message.location().url === page.url() && /no-such-page/.test(page.url());
    if (!own404) problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("worker", (worker) => {
    worker.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`worker console ${message.type()}: ${message.text()}`);
    });
  });
  return { problems };
}

/** Relative to baseURL, so that the subfolder build runs them too. */
const relative = (address: string) => (address === "/" ? "./" : address.slice(1));

test.describe("under netlify.toml's security headers", () => {
  for (const { name, path } of SAMPLE_TEMPLATES) {
    const status = name === "not found" ? 404 : 200;
    test(`the ${name} page loads with no CSP violation or console error`, async ({ page }) => {
      const { problems } = await watch(page);
      const response = await page.goto(relative(path));
      expect(response?.status()).toBe(status);
      expect(response?.headers()["content-security-policy"]).toBe(csp);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Every stylesheet loaded and was applied: a blocked one has no rules.
      const unloaded = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>("link[rel=stylesheet]")]
          .filter((link) => (link.sheet?.cssRules.length ?? 0) === 0)
          .map((link) => link.href),
      );
      expect(unloaded).toEqual([]);
      await page.waitForLoadState("networkidle");
      expect(problems).toEqual([]);
    });
  }

  test("a search runs, in Pagefind's worker, with no CSP violation or console error", async ({ page }) => {
    const { problems } = await watch(page);
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    await page.goto("./");
    const header = page.getByRole("banner");
    await header.getByRole("searchbox", { name: "Search this site" }).fill("Camden Town");
    await header.getByRole("button", { name: "Search" }).click();

    const firstResult = page.getByRole("region", { name: "Search results" }).getByRole("link").first();
    await expect(firstResult).toHaveText(/Camden Town Safer Neighbourhoods team/);
    // The search ran in the worker (worker-src), not in Pagefind's main-thread fallback.
    expect(workers.some((url) => url.endsWith("/pagefind/pagefind-worker.js"))).toBe(true);
    await firstResult.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Camden Town");
    await page.waitForLoadState("networkidle");
    expect(problems).toEqual([]);
  });

  test("every response carries the security headers", async ({ page }) => {
    const seen: { url: string; headers: Record<string, string> }[] = [];
    page.on("response", (response) => seen.push({ url: response.url(), headers: response.headers() }));
    await page.goto("search/?q=camden");
    await expect(page.getByRole("region", { name: "Search results" }).getByRole("link").first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    // Documents, stylesheets, scripts, the worker, WebAssembly and index files alike.
    expect(seen.length).toBeGreaterThan(5);
    for (const { url, headers } of seen) {
      expect(headers["content-security-policy"], url).toBe(csp);
      expect(headers["strict-transport-security"], url).toMatch(/max-age=\d+/);
      expect(headers["x-content-type-options"], url).toBe("nosniff");
      expect(headers["referrer-policy"], url).toBeTruthy();
      expect(headers["permissions-policy"], url).toContain("geolocation=()");
    }
  });
});
