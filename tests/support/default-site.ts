import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { buildSite, type BuiltSite } from "./build-site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A folder for this run's shared build of content/ (tests/support/default-site-setup.ts). */
    defaultSiteDir: string;
  }
}

const POLL_MS = 250;

/**
 * The site built from content/ (all 679 wards), once per Vitest run and
 * shared by every build test that only reads it. Test files run in separate
 * workers: the first to ask builds, under a lock (mkdir is atomic), and the
 * others wait for it. Tests must not change the output.
 */
export async function defaultSite(): Promise<BuiltSite> {
  const dir = inject("defaultSiteDir");
  const outputDir = path.join(dir, "site");
  const done = path.join(dir, "done.json");
  const failed = path.join(dir, "failed.txt");
  let builder = false;
  try {
    mkdirSync(path.join(dir, "lock"));
    builder = true;
  } catch {
    // Another worker builds it.
  }
  if (builder) {
    try {
      const site = await buildSite({ outputDir });
      writeFileSync(done, JSON.stringify({ logs: site.logs }));
      return site;
    } catch (error) {
      writeFileSync(failed, String(error instanceof Error ? error.message : error));
      throw error;
    }
  }
  for (;;) {
    if (existsSync(done)) return { outputDir, logs: (JSON.parse(readFileSync(done, "utf8")) as { logs: string }).logs };
    if (existsSync(failed)) throw new Error(`the shared build of content/ failed in another test file: ${readFileSync(failed, "utf8")}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
