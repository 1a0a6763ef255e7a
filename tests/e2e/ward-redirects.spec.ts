import { expect, test } from "@playwright/test";

// The web server follows the build's _redirects as Netlify would (tests/support/static-server.ts).

test("an old link to a ward retired in 2022 reaches the current ward of the same name", async ({ page }) => {
  await page.goto("/areas/E05000143/");
  await expect(page).toHaveURL(/\/areas\/camden\/st-pancras-and-somers-town\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("St Pancras & Somers Town");
});

test("a link to a split ward reaches its borough, and a current ward's code reaches its page", async ({ page }) => {
  await page.goto("/areas/E05000130");
  await expect(page).toHaveURL(/\/areas\/camden\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Camden Safer Neighbourhoods teams/);
  await page.goto("/areas/E05013655/");
  await expect(page).toHaveURL(/\/areas\/camden\/camden-town\/$/);
});
