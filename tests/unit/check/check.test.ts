import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkContent } from "../../../src/check/check.ts";
import { formatProblem } from "../../../src/content/problems.ts";
import { createWardLoader } from "../../../src/wards/load.ts";

const FIXTURE = "tests/fixtures/check/mistakes";
const NOW = new Date("2026-12-03T09:00:00Z");
const result = checkContent(FIXTURE, { wardLoader: createWardLoader(FIXTURE), now: NOW });
const lines = result.problems.map(formatProblem);
const warnings = result.warnings.map(formatProblem);

/** The 1-based line of the first line of a fixture file containing `text`. */
function lineOf(file: string, text: string): number {
  const index = readFileSync(`${FIXTURE}/${file}`, "utf8").split("\n").findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`${text} is not in ${file}`);
  return index + 1;
}

function reported(file: string, text: string, message: RegExp | string, list = lines): void {
  const prefix = `${FIXTURE}/${file}:${lineOf(file, text)}`;
  const found = list.filter((line) => line.startsWith(`${prefix}:`) || line.startsWith(`${prefix} `));
  expect(found.some((line) => (typeof message === "string" ? line.includes(message) : message.test(line))), `${prefix} ${message}\n${list.join("\n")}`).toBe(true);
}

describe("checkContent on a fixture with one mistake of each kind", () => {
  it("reports every mistake in one run, each at its file and line, with advice", () => {
    reported("wards/camden/belsize.yaml", "telephone: 0207-946-0101", "use spaces");
    reported("wards/camden/belsize.yaml", "telephone: 02079460102", "put the number in quotes");
    reported("wards/camden/camden-town.yaml", "description:", "<b> is not allowed");
    reported("wards/camden/camden-town.yaml", "description:", "/faq/no-such-question/ leads to no page");
    reported("wards/camden/kentish-town-south.yaml", "description:", "put the text in quotes");
    reported("wards/camden/regents-park.yaml", "\ttelephone", "a tab is used to indent this line");
    reported("faq/first-question.md", "#no-such-heading", "#no-such-heading, which is not on /faq/second-question/");
    reported("faq/second-question.md", "summary:", "expected one sentence");
    reported("faq/second-question.md", "order:", "1 is already used by");
    reported("faq/third-question.md", "order:", "write the number without quotes");
    reported("index.md", "<abbr", "<abbr> is not allowed");
    reported("index.md", "no-such-ward", "/areas/camden/no-such-ward/ leads to no page");
    reported("about.md", "titel:", 'unknown field "titel"');
    expect(result.problems).toHaveLength(13);
  });

  it("gives a tab one message, not one per follow-on parse error", () => {
    expect(lines.filter((line) => line.includes("regents-park.yaml"))).toHaveLength(1);
  });

  it("does not take abbreviations for the end of a sentence", () => {
    expect(lines.some((line) => line.includes("first-question.md") && line.includes("summary"))).toBe(false);
  });

  it("accepts links to headings that exist, and leaves drafts out of the published pages", () => {
    expect(lines.some((line) => line.includes("#who-works-in-the-team"))).toBe(false);
    expect(lines.some((line) => line.includes("/faq/#first-question"))).toBe(false);
    expect(result.drafts).toEqual([`${FIXTURE}/faq/draft-question.md`]);
  });

  it("warns, one line each at the field, about dates and posts that need a look", () => {
    reported("wards/camden/camden-town.yaml", "start_date: 2024-01-20", "is in the past", warnings);
    reported("wards/camden/camden-town.yaml", "start_date: 2099-07-04", "more than a year ahead", warnings);
    reported("wards/camden/camden-town.yaml", "last_reviewed:", "more than 6 months ago", warnings);
    reported("wards/camden/camden-town.yaml", "- issue: Street drinking", "more than 3 months ago", warnings);
    reported("wards/camden/camden-town.yaml", "- name: Hannah Reid", "no dedicated officer", warnings);
    // The fixture's postcode data has NW1 0AG, the first base's, and not the second's.
    reported("wards/camden/camden-town.yaml", "postcode: NW1 9ZZ", 'NW1 9ZZ is not a live London postcode in the postcode data', warnings);
    expect(warnings).toHaveLength(6);
  });

  it("exits with 1 from npm run check, grouped by file with a count", () => {
    let output = "";
    let status = 0;
    try {
      execFileSync(process.execPath, ["--import", "tsx", "scripts/check.ts", "--content", FIXTURE], { encoding: "utf8" });
    } catch (error) {
      ({ stdout: output, status } = error as { stdout: string; status: number });
    }
    expect(status).toBe(1);
    expect(output).toContain("13 problems in 9 files; nothing was published.");
    expect(output).not.toMatch(/\n {4}at /); // no stack trace
  });

  it("is what npm run build runs first, so a broken link is never published", () => {
    // --ignore-scripts skips prebuild (which empties _site/); the check fails before anything is built.
    const run = spawnSync("npm", ["run", "build", "--ignore-scripts"], {
      encoding: "utf8",
      env: { ...process.env, SN_CONTENT_DIR: "tests/fixtures/check/broken-link" },
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain(
      "tests/fixtures/check/broken-link/faq/only-question.md:7 the link to /faq/no-such-question/ leads to no page; check the address, or remove the link",
    );
    expect(run.stdout).not.toContain("Wrote");
  });
});
