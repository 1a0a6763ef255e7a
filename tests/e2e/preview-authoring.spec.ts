import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { importWards } from "../../src/wards/import.ts";
import { type WardListEntry } from "../../src/wards/ward-list.ts";
import { startPreviewServer, type PreviewServer } from "../../harness/preview-server.ts";

// One preview, changed by one test at a time, as an author would in one session.
test.describe.configure({ mode: "serial" });

const BOROUGH = { boroughCode: "E09000099", boroughName: "Testham" };
const ADDED = 300;
const added: WardListEntry[] = Array.from({ length: ADDED }, (_, i) => ({
  code: `E0590${String(i).padStart(4, "0")}`,
  name: `Test Ward ${i + 1}`,
  ...BOROUGH,
}));
const wardUrl = (entry: WardListEntry) => `/areas/testham/test-ward-${added.indexOf(entry) + 1}/`;

let preview: PreviewServer;
test.beforeAll(async () => {
  test.setTimeout(90_000);
  preview = await startPreviewServer(8125);
});
test.afterAll(async () => {
  await preview?.stop();
});

/**
 * Node's fetch reuses kept-alive sockets, and one the server closes just as it is reused fails with
 * ECONNRESET: try again, as a browser does, up to three times.
 */
async function get(url: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(`${preview.origin}${url}`);
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
const status = async (url: string) => (await get(url)).status;

/** CSP violations show in the console; the preview serves the production policy. */
function cspErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}

test("wards imported while the preview runs all get their pages", async () => {
  test.setTimeout(120_000);
  // As npm run import:wards does: hundreds of files within a second, while builds start and run.
  importWards(added, preview.contentDir);
  await expect
    .poll(async () => (await Promise.all(added.map((entry) => status(wardUrl(entry))))).filter((code) => code !== 200).length, {
      timeout: 100_000,
      intervals: [2_000],
    })
    .toBe(0);
  const borough = await (await get("/areas/testham/")).text();
  expect(borough.match(/href="\/areas\/testham\/test-ward-\d+\/"/g)?.length).toBe(ADDED);
});

test("deleting or renaming a content file removes its page, and from search", async ({ page }) => {
  // Two full rebuilds of London and 300 more wards, each with its search index, on a machine that runs other tests.
  test.setTimeout(120_000);
  const started = performance.now();
  const printedBefore = preview.output().length;
  const timings: string[] = [];
  const step = async (name: string, check: () => Promise<unknown>) => {
    try {
      await check();
    } catch (error) {
      // What the preview printed since the change (its builds and search indexes) says which step was slow or wrong.
      const printed = preview.output().slice(printedBefore).split("\n").slice(-40).join("\n");
      throw new Error(`${name} failed after ${timings.join(", ") || "no step"}:\n${String(error)}\n\nThe preview printed:\n${printed}`);
    }
    timings.push(`${name} in ${Math.round(performance.now() - started)} ms`);
  };

  rmSync(path.join(preview.contentDir, "wards", "testham", "test-ward-7.yaml"));
  const faq = path.join(preview.contentDir, "faq");
  renameSync(path.join(faq, "how-we-know-it-works.md"), path.join(faq, "does-it-work.md"));
  await step("deleted ward page gone", () => expect.poll(() => status("/areas/testham/test-ward-7/"), { timeout: 45_000 }).toBe(404));
  await step("renamed page served", () => expect.poll(() => status("/faq/does-it-work/"), { timeout: 30_000 }).toBe(200));
  await step("old address gone", () => expect.poll(() => status("/faq/how-we-know-it-works/"), { timeout: 30_000 }).toBe(404));
  expect(await (await get("/areas/testham/")).text()).not.toContain("test-ward-7/");
  // Search no longer offers the old address (the index is rewritten after each rebuild, from the pages that exist).
  const links = page.getByRole("region", { name: "Search results" }).getByRole("link");
  let offered: string[] = [];
  // Each rebuild live-reloads the open page, which can abort a navigation: retry the whole visit until it holds.
  await step("search without the old address", () =>
    expect(async () => {
      await page.goto(`${preview.origin}/search/?q=difference`);
      await links.first().waitFor({ timeout: 5_000 });
      offered = await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(offered).not.toContain("/faq/how-we-know-it-works/");
      expect(offered).toContain("/faq/does-it-work/");
    }).toPass({ timeout: 60_000 }),
  );
  console.log(`After deleting a ward and renaming a question: ${timings.join(", ")}`);
});

test("a save with a mistake shows it over the open page, and the next good save clears it", async ({ page }) => {
  test.setTimeout(60_000);
  const csp = cspErrors(page);
  const file = path.join(preview.contentDir, "wards", "camden", "camden-town.yaml");
  const good = readFileSync(file, "utf8");
  await page.goto(`${preview.origin}/areas/camden/camden-town/`);
  const banner = page.getByRole("alert");
  await expect(banner).toBeHidden();

  const before = preview.output().length;
  writeFileSync(file, good.replace(/^  telephone: .*$/m, "  telephone: 0207-946-0101"));
  const line = good.split("\n").findIndex((text) => text.startsWith("  telephone:")) + 1;
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(banner).toContainText(`camden-town.yaml:${line}:`);
  await expect(banner).toContainText("contact_details.telephone");
  await expect(banner).toContainText("use spaces");
  await expect(banner.getByRole("link", { name: "Everything that needs attention" })).toHaveAttribute("href", "/_authoring/");
  // The page under the banner is the last good one.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Camden Town");

  // In the terminal: the problem once, without Eleventy's wrapping.
  const printed = preview.output().slice(before);
  expect(printed.split("contact_details.telephone:").length - 1).toBe(1);
  expect(printed).not.toMatch(/\(via |Fatal Error|Problem writing Eleventy templates/);

  const beforeFix = preview.output().length;
  writeFileSync(file, good);
  await expect(banner).toBeHidden({ timeout: 15_000 });
  await expect.poll(() => preview.output().slice(beforeFix), { timeout: 10_000 }).toContain("Up to date");
  expect(preview.output().slice(beforeFix).split("Up to date").length - 1).toBe(1);

  // The authoring page the banner links to, in the preview only.
  await page.goto(`${preview.origin}/_authoring/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Content that needs attention");
  await expect(page.getByRole("heading", { name: /Testham: 299 of 299 wards need attention/ })).toBeVisible();
  expect(csp).toEqual([]);
});

test("a draft FAQ question shows in the preview with a draft banner", async ({ page }) => {
  const file = path.join(preview.contentDir, "faq", "where-teams-are-based.md");
  writeFileSync(file, readFileSync(file, "utf8").replace(/^topics:/m, "draft: true\ntopics:"));
  await page.goto(`${preview.origin}/faq/where-teams-are-based/`);
  await expect(page.getByText("Draft: this page is not published")).toBeVisible({ timeout: 15_000 });
});
