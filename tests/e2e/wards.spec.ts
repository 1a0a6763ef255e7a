import { expect, test } from "@playwright/test";

test("searching “Camden Town” reaches its team page, which names its dedicated officer and PCSO", async ({ page }) => {
  await page.goto("/");
  const header = page.getByRole("banner");
  await header.getByRole("searchbox", { name: "Search this site" }).fill("Camden Town");
  await header.getByRole("searchbox", { name: "Search this site" }).press("Enter");

  const firstResult = page.getByRole("region", { name: "Search results" }).getByRole("link").first();
  await expect(firstResult).toHaveText(/Camden Town Safer Neighbourhoods team/);
  await firstResult.click();

  await expect(page).toHaveURL(/\/areas\/camden\/camden-town\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Camden Town");
  const ownTeam = page.getByRole("list").filter({ hasText: "Dedicated ward officer" }).first();
  await expect(ownTeam).toContainText(/Dedicated ward officer/);
  await expect(ownTeam).toContainText(/Dedicated police community support officer/);
  await expect(ownTeam.getByRole("heading", { level: 4 })).toHaveCount(2);
});

test("a borough name finds its teams", async ({ page }) => {
  await page.goto("/search/?q=Tower%20Hamlets");
  const results = page.getByRole("region", { name: "Search results" }).getByRole("link");
  await expect(results.first()).toHaveText(/Tower Hamlets|Bethnal Green|Weavers|Spitalfields/);
});

test("the postcode of a team's base finds that team first", async ({ page }) => {
  await page.goto("/search/?q=E2%207EX");
  const region = page.getByRole("region", { name: "Search results" });
  // The find page's link comes first for any postcode (it knows every one); then the results, led by the base's team.
  await expect(region.getByRole("link").first()).toHaveText("Find the Safer Neighbourhoods team for E2 7EX");
  await expect(region.getByRole("list").first().getByRole("link").first()).toHaveText(/Weavers Safer Neighbourhoods team/);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

  test("the ward page fits the screen without scrolling sideways", async ({ page }) => {
    await page.goto("/areas/camden/camden-town/");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("link", { name: /@/ }).first()).toBeVisible();
  });
});
