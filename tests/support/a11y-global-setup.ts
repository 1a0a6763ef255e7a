import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { A11Y_RUN_DIR_ENV, a11ySiteDir, type A11yContent } from "./a11y-site.ts";
import { AXE_INCOMPLETE_REPORT, axePartsDir, incompleteReport, readParts } from "./axe.ts";

/**
 * Builds the site the accessibility checks run over, once per Playwright run,
 * before any worker starts, and returns the teardown that reports on them.
 *
 * The build runs in its own process because Eleventy loads the TSX layouts
 * through tsx's loader, which must not be stacked on Playwright's own
 * TypeScript loader in the runner.
 */
export default function buildAccessibilitySite(): () => void {
  mkdirSync(".cache", { recursive: true });
  const runDir = mkdtempSync(path.join(".cache", "a11y-"));
  const summaryFile = path.join(runDir, "build.json");
  const built = spawnSync(
    process.execPath,
    ["--import", "tsx", "tests/support/a11y-build.ts", "--output", a11ySiteDir(runDir), "--summary", summaryFile],
    { stdio: "inherit" },
  );
  if (built.status !== 0) throw new Error(`Building the site for the accessibility checks failed (exit ${built.status})`);
  // Workers start after global setup, so they inherit this.
  process.env[A11Y_RUN_DIR_ENV] = runDir;
  const build = JSON.parse(readFileSync(summaryFile, "utf8")) as { content: A11yContent };

  return () => {
    try {
      report(runDir, build.content);
    } finally {
      rmSync(runDir, { recursive: true, force: true });
    }
  };
}

/**
 * Gathers each group's axe results into one report of incomplete results
 * (for human review, never a failure), and prints how many pages were
 * checked and how long the checks took.
 */
function report(runDir: string, content: A11yContent): void {
  const parts = readParts(axePartsDir(runDir));
  if (parts.length === 0) return;
  const summary = incompleteReport(parts);
  mkdirSync(path.dirname(AXE_INCOMPLETE_REPORT), { recursive: true });
  writeFileSync(AXE_INCOMPLETE_REPORT, `${JSON.stringify(summary, null, 2)}\n`);
  const runs = parts.reduce((sum, part) => sum + part.runs, 0);
  const violations = parts.reduce((sum, part) => sum + part.violations, 0);
  const started = Math.min(...parts.map((part) => part.startedAt));
  const seconds = (Math.max(...parts.map((part) => part.finishedAt)) - started) / 1000;
  const incomplete = summary.rules.reduce((sum, rule) => sum + rule.count, 0);
  console.log(
    `axe-core: ${summary.pagesChecked} pages (${content}) checked in light and dark, ${runs} runs in ${seconds.toFixed(0)} s; ` +
      `${violations} violations; ${incomplete} incomplete results for review in ${AXE_INCOMPLETE_REPORT}`,
  );
}
