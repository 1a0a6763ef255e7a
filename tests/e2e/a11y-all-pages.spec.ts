import type { Page } from "@playwright/test";
import { expect, test } from "../support/a11y-fixtures.ts";
import { SEARCH_QUERY, searchPath, searchResultsSettled } from "../support/a11y-page-checks.ts";
import { a11yRunDir, pageAddress } from "../support/a11y-site.ts";
import { axe, axePartsDir, COLOR_SCHEMES, describeViolations, incompleteNodes, writePart, type IncompleteNode } from "../support/axe.ts";

/*
 * axe-core over every kind of HTML page of the site built by a11y-global-setup.ts (all
 * of London when ../shared is present), in light and dark. Pages are dealt
 * round-robin into groups, so the few heavy pages (the A to Z, the large
 * boroughs) spread out; the workers take groups in parallel, and each worker
 * runs a few pages at once in its one shared browser context.
 */
const GROUPS = 24;
const PAGES_AT_ONCE = 2;

async function open(page: Page, origin: string, file: string): Promise<string> {
  if (file === "search/index.html") {
    // With results showing: the results markup is only filled in after a search.
    const address = searchPath(SEARCH_QUERY);
    await page.goto(origin + address);
    await searchResultsSettled(page);
    return address;
  }
  const address = pageAddress(file);
  await page.goto(origin + address);
  return address;
}

for (let group = 0; group < GROUPS; group++) {
  const name = `group ${String(group + 1).padStart(2, "0")} of ${GROUPS}`;

  test(`axe-core finds no WCAG 2.2 AA or best-practice violations, light and dark: ${name}`, async ({ a11ySite, a11yContext }) => {
    test.setTimeout(600_000);
    const files = a11ySite.pages.filter((_, i) => i % GROUPS === group);
    const startedAt = Date.now();
    const failures: string[] = [];
    const incomplete: IncompleteNode[] = [];
    const checked: string[] = [];
    let runs = 0;

    const queue = [...files];
    const checkPages = async () => {
      const page = await a11yContext.newPage();
      try {
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
          const address = await open(page, a11ySite.origin, file);
          // Legacy mode (see axe()) checks no frames; there must be none to miss.
          expect(page.frames(), `${address} has a frame`).toHaveLength(1);
          // One page load serves both schemes: emulateMedia restyles the page in place.
          for (const colorScheme of COLOR_SCHEMES) {
            await page.emulateMedia({ colorScheme });
            const results = await axe(page, { preloaded: true }).analyze();
            // No violations must mean the rules ran, not that axe failed to load.
            expect(results.passes.length, `axe ran no rules on ${address}`).toBeGreaterThan(0);
            runs++;
            failures.push(...describeViolations(`${address} (${colorScheme})`, results.violations));
            incomplete.push(...incompleteNodes(results, address, colorScheme));
          }
          checked.push(file);
        }
      } finally {
        await page.close();
      }
    };

    try {
      await Promise.all(Array.from({ length: PAGES_AT_ONCE }, checkPages));
    } finally {
      writePart(axePartsDir(a11yRunDir()), {
        group: `group-${group}`,
        startedAt,
        finishedAt: Date.now(),
        pages: checked,
        runs,
        violations: failures.length,
        incomplete,
      });
    }
    expect(failures, `${failures.length} axe violations:\n${failures.join("\n")}`).toEqual([]);
  });
}
