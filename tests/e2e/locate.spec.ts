import { expect, test, type BrowserContext, type Page } from "@playwright/test";

/*
 * "Use my location" with the browser's position mocked. Chromium asks for no
 * permission here: a test grants it, or leaves it ungranted, which Chromium
 * answers as denied.
 */

const REGENTS_PARK_CAMDEN = { latitude: 51.53056, longitude: -0.14184, accuracy: 10 };
const MANCHESTER = { latitude: 53.4808, longitude: -2.2426, accuracy: 20 };

async function locateFrom(page: Page, context: BrowserContext, position?: typeof REGENTS_PARK_CAMDEN) {
  if (position) {
    await context.grantPermissions(["geolocation"]);
    await context.setGeolocation(position);
  }
  const requests: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.goto("./find/location/");
  const main = page.getByRole("main");
  const button = main.getByRole("button", { name: "Use my location" });
  await expect(main.getByText("Your position stays on this device")).toBeVisible();
  // Nothing is asked for, or loaded, before the button is pressed.
  expect(requests.filter((path) => path.includes("/find/boundaries/"))).toEqual([]);
  await button.click();
  return { main, status: main.getByRole("status"), requests };
}

test("a position inside a ward names that ward, linking to its page, having loaded only its borough", async ({ page, context }) => {
  const { status, requests } = await locateFrom(page, context, REGENTS_PARK_CAMDEN);
  await expect(status).toContainText("You are in Regent's Park ward.");
  expect(requests.filter((path) => path.includes("/find/boundaries/"))).toEqual(["/find/boundaries/index.json", "/find/boundaries/E09000007.json"]);
  await status.getByRole("link", { name: "Regent's Park" }).click();
  await expect(page).toHaveURL(/\/areas\/camden\/regents-park\/$/);
});

test("a position outside London says so and points to police.uk", async ({ page, context }) => {
  const { status } = await locateFrom(page, context, MANCHESTER);
  await expect(status).toContainText("Your location seems to be outside London.");
  await expect(status.getByRole("link", { name: "police.uk's find your neighbourhood team" })).toHaveAttribute("href", /^https:\/\/www\.police\.uk\//);
});

test("a refused permission gets its own message", async ({ page, context }) => {
  const { status } = await locateFrom(page, context);
  await expect(status).toContainText("You did not allow this site to use your location");
  await expect(status.getByRole("link", { name: "browse all areas" })).toBeVisible();
});

test("without JavaScript the page offers the other ways in, and no button", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("./find/location/");
  await expect(page.getByRole("main").getByText("This needs JavaScript")).toBeVisible();
  await expect(page.getByRole("button", { name: "Use my location" })).toBeHidden();
  await context.close();
});

test("the find page offers it too, under the postcode form, and finds the ward", async ({ page, context }) => {
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation(REGENTS_PARK_CAMDEN);
  await page.goto("./find/");
  const main = page.getByRole("main");
  await main.getByRole("button", { name: "Use my location" }).click();
  await expect(main.locator("[data-locate-status]")).toContainText("You are in Regent's Park ward.");
});
