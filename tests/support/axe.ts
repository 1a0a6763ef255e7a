import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import axeCore, { type AxeResults, type ImpactValue, type Result } from "axe-core";

/** WCAG 2.2 AA as axe-core tags it, plus Deque's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] as const;

/**
 * Rules turned off, each with the reason. Empty: every rule in AXE_TAGS runs.
 * A rule added here must say why it cannot apply, not that it fails.
 */
export const AXE_DISABLED_RULES: Readonly<Record<string, string>> = {};

/**
 * Elements left out of the checks (CSS selectors), each with the reason.
 * Empty: Pagefind's search interface is checked like our own markup.
 */
export const AXE_EXCLUDED: Readonly<Record<string, string>> = {};

export type ColorScheme = "light" | "dark";
export const COLOR_SCHEMES: readonly ColorScheme[] = ["light", "dark"];

/** axe-core's script (about 500 kB), for a browser context to load into every page itself. */
export const AXE_SOURCE: string = axeCore.source;

/**
 * AxeBuilder evaluates axe-core's script twice per analyze() (once itself,
 * once more per frame in legacy mode). Where the page has already loaded it
 * (AXE_SOURCE as an init script), this empty statement stands in instead.
 */
const ALREADY_LOADED = ";";

export interface AxeOptions {
  /** The page's context loads AXE_SOURCE into every page as an init script. */
  readonly preloaded?: boolean;
}

/** An axe run configured the same way everywhere the tests use it. */
export function axe(page: Page, { preloaded = false }: AxeOptions = {}): AxeBuilder {
  const builder = new AxeBuilder({ page, ...(preloaded ? { axeSource: ALREADY_LOADED } : {}) })
    // Node details only where we read them: passes would be serialised for nothing, thousands per page on /areas/.
    .options({ resultTypes: ["violations", "incomplete"] })
    .withTags([...AXE_TAGS])
    // axe.run() in the page itself, instead of runPartial per frame plus finishRun in a new blank page:
    // about half the time per page. Only cross-origin frames would go unchecked, and no page has a frame
    // (checkPage asserts that).
    .setLegacyMode();
  const disabled = Object.keys(AXE_DISABLED_RULES);
  if (disabled.length > 0) builder.disableRules(disabled);
  for (const selector of Object.keys(AXE_EXCLUDED)) builder.exclude(selector);
  return builder;
}

/** One line per failing element, for a test failure message. */
export function describeViolations(where: string, violations: readonly Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${where}: ${violation.id} (${violation.impact ?? "no impact"}) ${violation.help} at ${node.target.join(" ")}\n` +
        `    ${(node.failureSummary ?? "").replace(/\n\s*/g, " ")}`,
    ),
  );
}

/** Where each group of the all-pages run leaves its results, for the global teardown to gather. */
export function axePartsDir(runDir: string): string {
  return path.join(runDir, "axe-parts");
}

/** Git-ignored, like everything in test-results/. */
export const AXE_INCOMPLETE_REPORT = path.join("test-results", "axe-incomplete.json");

export interface IncompleteNode {
  readonly rule: string;
  readonly impact: ImpactValue | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly target: string;
  readonly summary: string;
  readonly page: string;
  readonly colorScheme: ColorScheme;
}

export interface AxePart {
  readonly group: string;
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly pages: readonly string[];
  readonly runs: number;
  readonly violations: number;
  readonly incomplete: readonly IncompleteNode[];
}

export function incompleteNodes(results: AxeResults, page: string, colorScheme: ColorScheme): IncompleteNode[] {
  return results.incomplete.flatMap((rule) =>
    rule.nodes.map((node) => ({
      rule: rule.id,
      impact: rule.impact ?? null,
      help: rule.help,
      helpUrl: rule.helpUrl,
      target: node.target.join(" "),
      summary: (node.failureSummary ?? "").replace(/\n\s*/g, " "),
      page,
      colorScheme,
    })),
  );
}

export function writePart(dir: string, part: AxePart): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${part.group}.json`), JSON.stringify(part));
}

export function readParts(dir: string): AxePart[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith(".json"));
  } catch {
    return [];
  }
  return files.map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as AxePart);
}

export interface IncompleteReport {
  readonly note: string;
  readonly pagesChecked: number;
  readonly colorSchemes: readonly ColorScheme[];
  readonly tags: readonly string[];
  /** Grouped by rule, then by element and message, so 704 ward pages with the same finding make one entry. */
  readonly rules: ReadonlyArray<{
    readonly rule: string;
    readonly impact: ImpactValue | null;
    readonly help: string;
    readonly helpUrl: string;
    readonly count: number;
    readonly findings: ReadonlyArray<{
      readonly target: string;
      readonly summary: string;
      readonly count: number;
      readonly examples: readonly string[];
    }>;
  }>;
}

export function incompleteReport(parts: readonly AxePart[]): IncompleteReport {
  const byRule = new Map<string, IncompleteNode[]>();
  for (const node of parts.flatMap((part) => part.incomplete)) {
    byRule.set(node.rule, [...(byRule.get(node.rule) ?? []), node]);
  }
  return {
    note: "axe-core's incomplete results: elements it could not decide on, for a person to review. They do not fail the tests.",
    pagesChecked: new Set(parts.flatMap((part) => part.pages)).size,
    colorSchemes: COLOR_SCHEMES,
    tags: AXE_TAGS,
    rules: [...byRule.entries()].map(([rule, nodes]) => {
      const findings = new Map<string, IncompleteNode[]>();
      for (const node of nodes) {
        const key = `${node.target}\n${node.summary}`;
        findings.set(key, [...(findings.get(key) ?? []), node]);
      }
      const first = nodes[0];
      return {
        rule,
        impact: first?.impact ?? null,
        help: first?.help ?? "",
        helpUrl: first?.helpUrl ?? "",
        count: nodes.length,
        findings: [...findings.values()].map((same) => ({
          target: same[0]?.target ?? "",
          summary: same[0]?.summary ?? "",
          count: same.length,
          examples: same.slice(0, 5).map((node) => `${node.page} (${node.colorScheme})`),
        })),
      };
    }),
  };
}
