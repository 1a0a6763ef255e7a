import { test as base, type BrowserContext } from "@playwright/test";
import { a11ySiteDir } from "./a11y-site.ts";
import { AXE_SOURCE } from "./axe.ts";
import { netlifyServing } from "./netlify.ts";
import { samplePages } from "./page-sample.ts";
import { htmlPages } from "../../harness/site-files.ts";
import { startStaticServer } from "./static-server.ts";

export interface A11ySiteServer {
  readonly origin: string;
  /** The HTML files the browser checks run over, such as `areas/camden/index.html`: every kind of page, sampled (samplePages). */
  readonly pages: readonly string[];
}

interface WorkerFixtures {
  /** The site built by a11y-global-setup.ts, served once per worker the way Netlify would. */
  a11ySite: A11ySiteServer;
  /** One browser context per worker, shared by every page the worker checks; axe-core is in every page it opens. */
  a11yContext: BrowserContext;
}

export const test = base.extend<object, WorkerFixtures>({
  a11ySite: [
    async ({}, use) => {
      const root = a11ySiteDir();
      // With netlify.toml's headers, like the other e2e servers, so the checks run under the real Content-Security-Policy.
      const server = await startStaticServer({ root, ...netlifyServing(root) });
      await use({ origin: server.origin, pages: samplePages(root, htmlPages(root)) });
      await server.close();
    },
    { scope: "worker" },
  ],
  a11yContext: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      // Once per page load, instead of the four times AxeBuilder would evaluate it for a light and a dark run.
      await context.addInitScript({ content: AXE_SOURCE });
      await use(context);
      await context.close();
    },
    { scope: "worker" },
  ],
});

export { expect } from "@playwright/test";
