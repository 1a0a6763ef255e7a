import { expect, test, type Page } from "@playwright/test";
import { axe, COLOR_SCHEMES, describeViolations } from "../support/axe.ts";

/*
 * Find your local team: /find/ looks a postcode up in its district's file
 * (assets/js/find.ts). Addresses are relative to baseURL.
 */

function findPage(page: Page) {
  const main = page.getByRole("main");
  return {
    box: main.getByRole("textbox", { name: "Enter your postcode" }),
    button: main.getByRole("button", { name: "Find your team" }),
    status: main.getByRole("status"),
    team: main.getByRole("region", { name: "Your Safer Neighbourhoods team" }),
  };
}

/** Requests for lookup files, to check that only the postcode's own district is fetched. */
function lookups(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/data/postcodes/")) urls.push(new URL(request.url()).pathname.replace(/^.*\/data\/postcodes\//, ""));
  });
  return urls;
}

test("NW1 7JN from the home page's form finds Regent's Park (Camden), its officers and contact details, and links to its page", async ({ page }) => {
  const fetched = lookups(page);
  await page.goto("./");
  const home = page.getByRole("search", { name: "Find your local team" });
  await home.getByRole("textbox", { name: "Enter your postcode" }).fill("NW1 7JN");
  await home.getByRole("button", { name: "Find your team" }).click();

  await expect(page).toHaveURL(/\/find\/\?postcode=NW1\+7JN$/);
  const find = findPage(page);
  await expect(find.status).toHaveText("NW1 7JN is in Regent's Park ward, Camden.");
  await expect(find.team.getByRole("heading", { name: "Regent's Park" })).toBeVisible();
  await expect(find.team).toContainText("Safer Neighbourhoods team, Camden");
  await expect(find.team).toContainText("PC Aisha Patel");
  await expect(find.team).toContainText("PCSO Oliver Santos");
  await expect(find.team.getByRole("link", { name: "regents-park.snt@police.example" })).toHaveAttribute("href", "mailto:regents-park.snt@police.example");
  expect(fetched).toEqual(["NW1.json"]);

  await find.team.getByRole("link", { name: "See the Regent's Park team’s page" }).click();
  await expect(page).toHaveURL(/\/areas\/camden\/regents-park\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Regent's Park");
});

test("sw1a1aa, typed without a space in lower case, finds St James's (Westminster) with a working link", async ({ page }) => {
  await page.goto("find/");
  const find = findPage(page);
  await find.box.fill("sw1a1aa");
  await find.button.click();
  await expect(find.status).toHaveText("SW1A 1AA is in St James's ward, Westminster.");
  await expect(page).toHaveURL(/\?postcode=sw1a1aa$/);
  const link = find.team.getByRole("link", { name: /See the St James's team’s page/ });
  await link.click();
  await expect(page).toHaveURL(/\/areas\/westminster\/st-jamess\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("St James's");
});

test("a ward whose team is not added yet says so, never that its posts are vacant, and how to reach it meanwhile", async ({ page }) => {
  await page.goto("find/?postcode=BR1%201AA");
  const find = findPage(page);
  await expect(find.status).toHaveText(/^BR1 1AA is in .+ ward, Bromley\.$/);
  await expect(find.team).toContainText("We are adding this team’s details.");
  await expect(find.team).not.toContainText(/vacant/i);
  await expect(find.team.getByRole("link", { name: "met.police.uk" })).toHaveAttribute("href", "https://www.met.police.uk/contact/af/contact-us/");
  await expect(find.team).toContainText("Call 101 and ask for the team");
});

test("a City of London postcode explains that the City of London Police covers it", async ({ page }) => {
  await page.goto("find/?postcode=EC2V%207HH");
  const find = findPage(page);
  await expect(find.status).toContainText("EC2V 7HH is in the City of London, which has its own police force, the City of London Police.");
  await expect(find.status.getByRole("link", { name: "City of London Police" })).toHaveAttribute("href", "https://www.cityoflondon.police.uk/");
  await expect(find.status.getByRole("link", { name: "find your team on police.uk" })).toHaveAttribute("href", /^https:\/\/www\.police\.uk\//);
  await expect(find.team).toBeHidden();
  await find.status.getByRole("link", { name: "more about policing in the City" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("City of London");
});

test("each problem gets its own message, announced in the live region, with a way on", async ({ page }) => {
  const fetched = lookups(page);
  await page.goto("find/");
  const find = findPage(page);
  await expect(find.status).toHaveAttribute("aria-live", "polite");

  await find.box.fill("XYZ");
  await find.button.click();
  await expect(find.status).toHaveText("That doesn’t look like a postcode. A postcode looks like NW1 7JN.");
  await expect(find.box).toHaveAttribute("aria-invalid", "true");
  await expect(find.box).toHaveAccessibleDescription(/For example, NW1 7JN.*Enter a postcode, like NW1 7JN/);

  await find.box.fill("M1 1AE");
  await find.button.click();
  await expect(find.status).toContainText("M1 1AE is not in London.");
  await expect(find.status.getByRole("link", { name: /police\.uk/ })).toHaveAttribute("href", /^https:\/\/www\.police\.uk\//);
  await expect(find.box).toHaveAttribute("aria-invalid", "false");

  await find.box.fill("NW1 9ZZ");
  await find.button.click();
  await expect(find.status).toContainText("We could not find NW1 9ZZ.");
  await expect(find.status.getByRole("link", { name: "find your area in the list of boroughs and wards" })).toBeVisible();
  // A district on London's edge reaches beyond it: an unknown postcode there may be outside London.
  await expect(find.status.getByRole("link", { name: "find its neighbourhood team on police.uk" })).toHaveAttribute("href", /^https:\/\/www\.police\.uk\//);

  // Neither the bad postcode nor the one outside London fetched anything.
  expect(fetched).toEqual(["NW1.json"]);
  // Pasted with punctuation from an address, a postcode still finds its team.
  await find.box.fill("NW1-7JN.");
  await find.button.click();
  await expect(find.status).toHaveText("NW1 7JN is in Regent's Park ward, Camden.");
});

test("a lookup file that fails to load says so and offers the A to Z", async ({ page }) => {
  await page.route("**/data/postcodes/**", (route) => route.fulfill({ status: 404, body: "Not found" }));
  await page.goto("find/?postcode=NW1%207JN");
  const find = findPage(page);
  await expect(find.status).toContainText("Sorry, we could not look up NW1 7JN just now.");
  await find.status.getByRole("link", { name: "find your ward in the A to Z of areas" }).click();
  await expect(page).toHaveURL(/\/areas\/$/);
});

test("a lookup transfers little beyond the page", async ({ page }) => {
  const sizes = new Map<string, number>();
  page.on("response", async (response) => {
    const url = new URL(response.url()).pathname;
    if (/\/assets\/find\.|\/data\/postcodes\//.test(url)) sizes.set(url, (await response.body()).length);
  });
  await page.goto("find/?postcode=CR0%201AA");
  await expect(findPage(page).status).not.toBeEmpty();
  await page.waitForLoadState("networkidle");
  // Uncompressed bytes here; bench/results.md gives the compressed figure (≤ 15 KB).
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  expect(sizes.size).toBe(2);
  expect(total).toBeLessThan(30 * 1024);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the find page explains, and the postcode district index leads to the ward", async ({ page }) => {
    await page.goto("find/?postcode=NW1%207JN");
    const main = page.getByRole("main");
    await expect(main).toContainText("Looking up a postcode needs JavaScript");
    await expect(findPage(page).box).toBeHidden();
    await main.getByRole("link", { name: /find your postcode district/ }).click();
    await expect(page).toHaveURL(/\/areas\/postcodes\/$/);
    await page.getByRole("main").getByRole("link", { name: "NW1", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("NW1 postcode district");
    // Camden and Westminster each have a Regent's Park: the borough beside each tells them apart.
    await page.getByRole("main").getByRole("listitem").filter({ hasText: "Regent's Park, Camden" }).getByRole("link").click();
    await expect(page).toHaveURL(/\/areas\/camden\/regents-park\/$/);
  });
});

test.describe("accessibility of the new pages, light and dark", () => {
  const pages = [
    { name: "find, with a team", path: "find/?postcode=NW1%207JN", ready: (page: Page) => expect(findPage(page).team).toBeVisible() },
    { name: "find, with a problem", path: "find/?postcode=XYZ", ready: (page: Page) => expect(findPage(page).status).not.toBeEmpty() },
    { name: "find, City of London", path: "find/?postcode=EC2V%207HH", ready: (page: Page) => expect(findPage(page).status).not.toBeEmpty() },
    { name: "postcode districts", path: "areas/postcodes/", ready: async () => undefined },
    { name: "postcode district", path: "areas/postcodes/ec2v/", ready: async () => undefined },
    { name: "City of London", path: "areas/city-of-london/", ready: async () => undefined },
  ];
  for (const { name, path, ready } of pages) {
    test(`${name} passes axe`, async ({ page }) => {
      await page.goto(path);
      await ready(page);
      const failures: string[] = [];
      for (const colorScheme of COLOR_SCHEMES) {
        await page.emulateMedia({ colorScheme });
        const results = await axe(page).analyze();
        expect(results.passes.length).toBeGreaterThan(0);
        failures.push(...describeViolations(`${path} (${colorScheme})`, results.violations));
      }
      expect(failures).toEqual([]);
    });
  }
});

test("a lookup runs under netlify.toml's Content-Security-Policy: same-origin script and data, no violation or console error", async ({ page }) => {
  const problems: string[] = [];
  await page.exposeFunction("reportCspViolation", (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  const response = await page.goto("find/?postcode=NW1%207JN");
  expect(response?.headers()["content-security-policy"]).toMatch(/default-src 'self'/);
  await expect(findPage(page).team).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
});

test("a search for “City of London” leads first to the page about the City of London Police", async ({ page }) => {
  await page.goto("search/?q=City%20of%20London");
  const results = page.getByRole("main").getByRole("region", { name: "Search results" }).locator("ol > li > a");
  await expect(results.first()).toHaveText(/City of London/);
  await results.first().click();
  await expect(page).toHaveURL(/\/areas\/city-of-london\/$/);
  await expect(page.getByRole("main")).toContainText("City of London Police");
});
