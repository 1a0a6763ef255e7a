import { expect, test } from "@playwright/test";
import { focusState, openTemplate, SAMPLE_TEMPLATES, tabTo } from "../support/a11y-page-checks.ts";

/*
 * Keyboard only, as a person would: no clicks, no focus() from the test. At
 * every press of Tab the focused element must show a focus indicator (its
 * computed outline or box-shadow), be in view, and come after the previous
 * one on screen.
 */
test("keyboard only: from the home page, find a ward's team by postcode and reach its contact link", async ({ page }) => {
  await page.goto("/");

  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to main content" });
  await expect(skipLink).toBeFocused();
  const skip = await focusState(page);
  expect(skip?.indicator, "the skip link shows focus").toBeDefined();
  expect(skip?.inViewport, "the skip link is visible when focused").toBe(true);
  const skipBox = await skipLink.boundingBox();
  expect(skipBox?.width).toBeGreaterThan(100);
  expect(skipBox?.height).toBeGreaterThan(24);

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main-content$/);
  await expect(page.locator("main")).toBeFocused();

  const postcodeField = page.getByRole("main").getByRole("textbox", { name: "Enter your postcode" });
  const toField = await tabTo(page, postcodeField);
  expect(toField.problems, toField.problems.join("\n")).toEqual([]);
  // The skip link skipped the header: the first stop after it is inside main.
  expect(toField.steps.length).toBeLessThan(5);

  await page.keyboard.type("NW1 7JN");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/find\/\?postcode=NW1\+7JN$/);
  const teamLink = page.getByRole("link", { name: "See the Regent's Park team’s page" });
  await expect(teamLink).toBeVisible();

  const toTeam = await tabTo(page, teamLink);
  expect(toTeam.problems, toTeam.problems.join("\n")).toEqual([]);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/areas\/camden\/regents-park\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regent's Park");

  const contactSection = page.locator("section").filter({ has: page.getByRole("heading", { name: "Contact the team", level: 2 }) });
  const contactLink = contactSection.getByRole("link", { name: "regents-park.snt@police.example" });
  const toContact = await tabTo(page, contactLink, 150);
  expect(toContact.problems, toContact.problems.join("\n")).toEqual([]);
  await expect(contactLink).toBeFocused();
  await expect(contactLink).toHaveAttribute("href", "mailto:regents-park.snt@police.example");
});

test("keyboard only: every stop on every sample page shows focus, in view and in visual order", async ({ page }) => {
  // The A to Z links all 679 wards: about 750 stops.
  test.setTimeout(240_000);
  const problems: string[] = [];
  for (const template of SAMPLE_TEMPLATES) {
    await openTemplate(page, template.path);
    // The footer's last link ends the page; Tab from there leaves for the browser's own controls.
    const last = page.getByRole("contentinfo").getByRole("link").last();
    const trail = await tabTo(page, last, 1000);
    problems.push(...trail.problems.map((problem) => `${template.path}: ${problem}`));
  }
  expect(problems, problems.join("\n")).toEqual([]);
});
