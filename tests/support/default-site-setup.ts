import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

/** Vitest global setup: a folder for this run's shared build (see default-site.ts); nothing is built unless a test asks. */
export default function setup(project: TestProject): () => void {
  mkdirSync(".cache", { recursive: true });
  const dir = mkdtempSync(path.join(".cache", "default-site-"));
  project.provide("defaultSiteDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
