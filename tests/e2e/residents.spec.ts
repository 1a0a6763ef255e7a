import { readdirSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { axe, COLOR_SCHEMES, describeViolations } from "../support/axe.ts";

/*
 * What a resident on a phone comes for must be on the first screen or two.
 * Positions are measured from the top of the page, at an iPhone 12-14 size.
 */
const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

async function topOf(locator: Locator): Promise<number> {
  return locator.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
}

async function bottomOf(locator: Locator): Promise<number> {
  return locator.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
}

async function summaryValue(page: Page, key: string): Promise<Locator> {
  return page.locator(".sn-ward-summary .sn-summary-list__row", { has: page.locator("dt", { hasText: key }) }).locator("dd");
}

test("a ward page gives the team's email, phone and next ward panel meeting within two screens", async ({ page }) => {
  await page.goto("/areas/camden/camden-town/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Camden Town");
  const email = page.getByRole("main").getByRole("link", { name: /@/ }).first();
  const phone = page.getByRole("main").locator('a[href^="tel:"]').first();
  const meeting = await summaryValue(page, "Next ward panel meeting");
  await expect(meeting).toContainText(/2027/);
  await expect(meeting).toContainText(/NW1 0AG/);
  for (const [what, locator] of [["email", email], ["phone", phone], ["next meeting", meeting]] as const) {
    const bottom = await bottomOf(locator);
    expect(bottom, `${what} ends ${bottom}px from the top`).toBeLessThanOrEqual(2 * PHONE.height);
  }
});

test("the header takes no more than about a sixth of a phone screen, and the home find box is on the first", async ({ page }) => {
  await page.goto("/");
  const header = await page.getByRole("banner").boundingBox();
  expect(header?.height ?? Infinity).toBeLessThanOrEqual(PHONE.height / 6);
  await expect(page.getByRole("banner")).toContainText("Metropolitan Police Service");
  const box = page.getByRole("textbox", { name: "Enter your postcode" });
  await expect(box).toBeVisible();
  expect(await bottomOf(box)).toBeLessThanOrEqual(PHONE.height);
  // The home page's own box is the find box; the header keeps to a Search link on a phone.
  await expect(page.getByRole("banner").getByRole("searchbox")).toBeHidden();
});

test("every Report a problem guide is one tap from the home page and names who to contact", async ({ page }) => {
  const slugs = readdirSync("content/report").filter((name) => name.endsWith(".md")).map((name) => name.replace(/\.md$/, ""));
  expect(slugs.length).toBeGreaterThanOrEqual(15);
  await page.goto("/");
  const hrefs = await page.getByRole("main").locator('a[href^="/report/"]').evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  for (const slug of slugs) expect(hrefs, slug).toContain(`/report/${slug}/`);

  await page.getByRole("main").getByRole("link", { name: "Graffiti", exact: true }).tap();
  await expect(page).toHaveURL(/\/report\/graffiti\/$/);
  await expect(page.getByRole("heading", { level: 2, name: "Who to contact" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Tell your council" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Find your council on GOV.UK" })).toHaveAttribute("href", "https://www.gov.uk/report-graffiti");
  for (const slug of slugs) {
    await page.goto(`/report/${slug}/`);
    await expect(page.locator(".sn-guide-contacts__item").first(), slug).toBeVisible();
    await expect(page.getByRole("heading", { name: "What your Safer Neighbourhoods team does" }), slug).toBeVisible();
  }
});

test("a ward's priorities link to the guide for the same problem", async ({ page }) => {
  await page.goto("/areas/camden/camden-town/");
  const priority = page.locator(".sn-priority", { has: page.getByRole("heading", { name: /Drug dealing/ }) });
  await priority.getByRole("link", { name: "Who to contact about drug dealing" }).tap();
  await expect(page).toHaveURL(/\/report\/drug-dealing\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Drug dealing");
});

test("the privacy and contact pages are linked from the footer", async ({ page }) => {
  await page.goto("/faq/");
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("Metropolitan Police Service");
  await footer.getByRole("link", { name: "Privacy" }).tap();
  await expect(page.getByRole("main")).toContainText("It sets no cookies.");
  await page.getByRole("contentinfo").getByRole("link", { name: "Contact the police" }).tap();
  for (const text of ["999", "101", "18000", "Find your local team"]) await expect(page.getByRole("main")).toContainText(text);
});

// The all-pages run checks every page at desktop width; these are the pages this work added or rebuilt, as a phone shows them.
test("the new and rebuilt pages pass axe on a phone, light and dark", async ({ page }) => {
  test.setTimeout(120_000);
  const failures: string[] = [];
  for (const path of ["/", "/areas/camden/camden-town/", "/areas/camden/", "/areas/", "/report/", "/report/graffiti/", "/privacy/", "/contact/", "/faq/what-is-a-ward-panel/"]) {
    await page.goto(path);
    for (const colorScheme of COLOR_SCHEMES) {
      await page.emulateMedia({ colorScheme });
      failures.push(...describeViolations(`${path} (${colorScheme})`, (await axe(page).analyze()).violations));
    }
  }
  expect(failures, failures.join("\n")).toEqual([]);
});

test("the A to Z on a phone is a list of letters, each opening to its wards", async ({ page }) => {
  await page.goto("/areas/");
  const camdenTown = page.getByRole("link", { name: "Camden Town", exact: true });
  await expect(camdenTown).toBeHidden();
  const letters = page.locator("summary.sn-areas__letter");
  expect(await letters.count()).toBeGreaterThan(3);
  // Closed, every letter fits on a screen or two, however many wards there are.
  const lastLetter = letters.last();
  expect(await bottomOf(lastLetter)).toBeLessThanOrEqual((await topOf(letters.first())) + 26 * 60);
  await letters.filter({ hasText: /^C / }).tap();
  await expect(camdenTown).toBeVisible();
  await camdenTown.tap();
  await expect(page).toHaveURL(/\/areas\/camden\/camden-town\/$/);
});
