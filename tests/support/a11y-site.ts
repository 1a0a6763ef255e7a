import { rmSync } from "node:fs";
import path from "node:path";
import { buildSite } from "./build-site.ts";
import { samplePages } from "./page-sample.ts";
import { htmlPages } from "../../harness/site-files.ts";

/**
 * The folder of one Playwright run's accessibility checks, inside the
 * git-ignored .cache/: a11y-global-setup.ts makes it and passes it to the
 * workers in the environment. One folder per run, so that runs started at
 * the same time in one checkout cannot rebuild the site under each other.
 */
export const A11Y_RUN_DIR_ENV = "SN_A11Y_RUN_DIR";

export function a11yRunDir(): string {
  const dir = process.env[A11Y_RUN_DIR_ENV];
  if (!dir) throw new Error(`${A11Y_RUN_DIR_ENV} is not set: playwright.config.ts's globalSetup (tests/support/a11y-global-setup.ts) sets it`);
  return dir;
}

/** The built site, in the run's folder. */
export function a11ySiteDir(runDir: string = a11yRunDir()): string {
  return path.join(runDir, "site");
}

export type A11yContent = "content/ (all of the Met's London)";

export interface A11ySite {
  readonly outputDir: string;
  readonly content: A11yContent;
  /** Every HTML page built. */
  readonly allPages: number;
  /** The pages the browser checks run over: see samplePages. */
  readonly pages: readonly string[];
  readonly seconds: number;
}

/**
 * The site the accessibility checks run over: content/, which holds all of
 * the Met's 679 wards, so that templates meet real name lengths and the full A to Z.
 */
export async function buildA11ySite(outputDir: string): Promise<A11ySite> {
  const started = performance.now();
  rmSync(outputDir, { recursive: true, force: true });
  await buildSite({ outputDir });
  return {
    outputDir,
    content: "content/ (all of the Met's London)",
    allPages: htmlPages(outputDir).length,
    pages: samplePages(outputDir, htmlPages(outputDir)),
    seconds: (performance.now() - started) / 1000,
  };
}

/** The address a built file is served at: `areas/camden/index.html` → `/areas/camden/`. */
export function pageAddress(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}
