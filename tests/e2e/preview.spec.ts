import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startPreviewServer, type PreviewServer } from "../../harness/preview-server.ts";

// One server, edited by one test at a time.
test.describe.configure({ mode: "serial" });

let preview: PreviewServer;
test.beforeAll(async () => {
  test.setTimeout(90_000);
  preview = await startPreviewServer(8123);
});
test.afterAll(async () => {
  await preview?.stop();
});

test("editing a FAQ file shows in the open preview within 3 seconds, with all 679 wards in the content", async ({ page }) => {
  const url = `${preview.origin}/faq/where-teams-are-based/`;
  await page.goto(url);
  const file = path.join(preview.contentDir, "faq", "where-teams-are-based.md");
  const marker = `Edited in preview ${Date.now()}`;

  const saved = Date.now();
  writeFileSync(file, `${readFileSync(file, "utf8")}\n${marker}\n`);
  // No reload here: live reload must bring the change to the open page. The time includes the content
  // check, the rebuild (no ward page is rendered again for an FAQ save) and the reload, on a machine
  // shared with the other test worker; bench/preview.ts measures the same loop on its own.
  await expect(page.getByText(marker)).toBeVisible({ timeout: 3_000 });
  console.log(`Preview updated ${Date.now() - saved} ms after saving`);
  // That rebuild left the postcode pages and lookup files as they were, so they are still there.
  for (const url of ["/areas/postcodes/", "/areas/postcodes/nw1/", "/data/postcodes/NW1.json"]) {
    expect((await fetch(`${preview.origin}${url}`)).status, url).toBe(200);
  }
});

test("search works in the preview, and finds words added while it runs", async ({ page }) => {
  const file = path.join(preview.contentDir, "faq", "who-is-in-a-team.md");
  // Letters only: Pagefind splits words at digits.
  const word = `zebra${Date.now().toString(26).replace(/[0-9]/g, "q")}`;
  const indexRuns = () => preview.output().split("[search] Indexed").length - 1;
  const runsBefore = indexRuns();
  const saved = Date.now();
  writeFileSync(file, `${readFileSync(file, "utf8")}\nA new word: ${word}.\n`);
  await expect.poll(indexRuns, { timeout: 10_000 }).toBeGreaterThan(runsBefore);
  console.log(`Search index rebuilt ${Date.now() - saved} ms after saving`);

  await page.goto(`${preview.origin}/search/?q=${word}`);
  await expect(page.getByRole("region", { name: "Search results" }).getByRole("link").first()).toBeVisible();
});

test("editing a ward file updates its page, and search, which still finds every other ward", async ({ page }) => {
  const file = path.join(preview.contentDir, "wards", "camden", "camden-town.yaml");
  const word = `okapi${Date.now().toString(26).replace(/[0-9]/g, "q")}`;
  await page.goto(`${preview.origin}/areas/camden/camden-town/`);
  const indexRuns = () => preview.output().split("[search] Indexed").length - 1;
  const runsBefore = indexRuns();
  writeFileSync(file, readFileSync(file, "utf8").replace(/^description: (.*)$/m, `description: $1 Ask about ${word}.`));
  // Live reload: only this ward and the pages that link to it were rendered again.
  await expect(page.getByText(word)).toBeVisible({ timeout: 5_000 });
  await expect.poll(indexRuns, { timeout: 10_000 }).toBeGreaterThan(runsBefore);

  const results = page.getByRole("region", { name: "Search results" }).getByRole("link");
  await page.goto(`${preview.origin}/search/?q=${word}`);
  await expect(results.first()).toHaveText("Camden Town Safer Neighbourhoods team, Camden");
  // The rebuild rendered one ward, but the index it wrote still holds the others.
  await page.goto(`${preview.origin}/search/?q=Weavers`);
  await expect(results.first()).toHaveText(/Weavers Safer Neighbourhoods team/);
});
