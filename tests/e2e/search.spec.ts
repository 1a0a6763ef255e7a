import { expect, test } from "@playwright/test";

test("a search from the home page header finds the FAQ answer about what teams tackle", async ({ page }) => {
  await page.goto("/");
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

test("without JavaScript the search page offers ways to browse instead", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/search/?q=graffiti");
  await expect(page.getByText("Search needs JavaScript")).toBeVisible();
  await expect(page.getByRole("link", { name: /browse all areas/i })).toHaveAttribute("href", "/areas/");
  await expect(page.getByRole("link", { name: /read questions/i })).toHaveAttribute("href", "/faq/");
  await context.close();
});
