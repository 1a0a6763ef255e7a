import { expect, test } from "@playwright/test";

// Addresses are relative to baseURL, so that these tests also run against the subfolder build (project chromium-prefixed).

test("a search from the home page header finds the FAQ answer about what teams tackle", async ({ page }) => {
  await page.goto("./");
  const header = page.getByRole("banner");
  await header.getByRole("searchbox", { name: "Search this site" }).fill("graffiti");
  await header.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(/\/search\/\?q=graffiti/);
  const results = page.locator("pagefind-results");
  const answer = results.getByRole("link", { name: /how does safer neighbourhoods work/i }).first();
  await expect(answer).toBeVisible();

  await answer.click();
  await expect(page).toHaveURL(/\/faq\/(how-safer-neighbourhoods-works\/|#how-safer-neighbourhoods-works)/);
  await expect(page.getByRole("heading", { name: /how does safer neighbourhoods work/i })).toBeInViewport();
});

test("without JavaScript the search page offers ways to browse instead", async ({ browser, baseURL }) => {
  // The path prefix, if any, comes from baseURL: links on the page carry it.
  const sitePath = (path: string) => new URL(path, `${baseURL}/`.replace(/\/+$/, "/")).pathname;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("search/?q=graffiti");
  await expect(page.getByText("Search needs JavaScript")).toBeVisible();
  await expect(page.getByRole("link", { name: /browse all areas/i })).toHaveAttribute("href", sitePath("areas/"));
  await expect(page.getByRole("link", { name: /read questions/i })).toHaveAttribute("href", sitePath("faq/"));
  await context.close();
});
