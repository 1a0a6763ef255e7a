import { gunzipSync, gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { axe, COLOR_SCHEMES, describeViolations } from "../support/axe.ts";

// Addresses are relative to baseURL, so that these tests also run against the subfolder build (project chromium-prefixed).

/** The search page's own parts, by role and name, as a screen reader user finds them. */
function searchPage(page: Page) {
  const main = page.getByRole("main");
  return {
    box: main.getByRole("searchbox", { name: "Search wards, boroughs and questions" }),
    button: main.getByRole("search").getByRole("button", { name: "Search" }),
    status: main.getByRole("status"),
    results: main.getByRole("region", { name: "Search results" }).locator("ol"),
    more: main.getByRole("button", { name: "Show more results" }),
  };
}

/** Result links (page titles), not the sections listed under them. */
const titleLinks = (page: Page) => searchPage(page).results.locator(":scope > li > a");

test("a search from the home page header finds the FAQ answer about what teams tackle", async ({ page }) => {
  await page.goto("./");
  const header = page.getByRole("banner");
  await header.getByRole("searchbox", { name: "Search this site" }).fill("graffiti");
  await header.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(/\/search\/\?q=graffiti$/);
  const search = searchPage(page);
  await expect(search.box).toHaveValue("graffiti");
  await expect(search.status).toHaveText(/^\d+ results? for graffiti$/);
  const answer = search.results.getByRole("link", { name: /how does safer neighbourhoods work/i }).first();
  await expect(answer).toBeVisible();

  await answer.click();
  await expect(page).toHaveURL(/\/faq\/(how-safer-neighbourhoods-works\/|#how-safer-neighbourhoods-works)/);
  await expect(page.getByRole("heading", { name: /how does safer neighbourhoods work/i })).toBeInViewport();
});

test("result links stay inside the site's folder, and each result shows its excerpt with the matching words marked", async ({ page, baseURL }) => {
  const root = new URL(`${baseURL}/`.replace(/\/+$/, "/")).pathname;
  await page.goto("search/?q=Weavers");
  const search = searchPage(page);
  await expect(search.status).toHaveText(/^\d+ results? for Weavers$/);
  const hrefs = await search.results.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href.startsWith(`${root}`), href).toBe(true);
  expect(hrefs).toContain(`${root}areas/tower-hamlets/weavers/`);

  // A real list, inside a region named for it, after the summary.
  await expect(search.results).toHaveRole("list");
  const first = search.results.locator(":scope > li").first();
  await expect(first).toHaveRole("listitem");
  await expect(first.locator("p")).toContainText(/weavers/i);
  // Pagefind marks "Weavers," punctuation and all; only the word is marked.
  await expect(first.locator("mark").first()).toHaveText(/^weavers$/i);
});

test("typing searches after a pause, keeps the query in the address, and neither submits nor moves focus", async ({ page }) => {
  await page.goto("search/");
  const search = searchPage(page);
  await expect(search.box).toBeVisible();
  let documents = 0;
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents++;
  });

  await search.box.click();
  await page.keyboard.type("Camden Town");
  await expect(search.status).toHaveText(/^\d+ results? for Camden Town$/);
  await expect(titleLinks(page).first()).toHaveText("Camden Town Safer Neighbourhoods team, Camden");
  await expect(page).toHaveURL(/\/search\/\?q=Camden\+Town$/);
  await expect(search.box).toBeFocused();

  // Enter searches in place: no page load, focus still in the box.
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Weavers");
  await page.keyboard.press("Enter");
  await expect(search.status).toHaveText(/^\d+ results? for Weavers$/);
  await expect(search.box).toBeFocused();
  await expect(page).toHaveURL(/\/search\/\?q=Weavers$/);
  expect(documents).toBe(0);

  // Clearing the box clears the results and the query in the address.
  await search.box.fill("");
  await expect(search.results).toBeHidden();
  await expect(search.status).toHaveText("");
  await expect(page).toHaveURL(/\/search\/$/);
});

test("no results says so, and offers advice and ways to browse", async ({ page }) => {
  await page.goto("search/?q=qqqzzzxxx");
  const search = searchPage(page);
  await expect(search.status).toHaveText("No results for qqqzzzxxx");
  await expect(search.results).toBeHidden();
  await expect(page.getByText("checking the spelling")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: /browse all areas/i })).toBeVisible();
  await expect(search.more).toBeHidden();
});

test("a postcode typed into search leads first to its team, through the find page", async ({ page }) => {
  await page.goto("search/?q=sw1a1aa");
  const search = searchPage(page);
  await expect(search.status).toContainText("First, a link to find the team for SW1A 1AA.");
  const region = page.getByRole("region", { name: "Search results" });
  const link = region.getByRole("link", { name: "Find the Safer Neighbourhoods team for SW1A 1AA" });
  await expect(link).toBeVisible();
  // Above any result, so that it is the first link a screen reader or keyboard reaches.
  await expect(region.getByRole("link").first()).toHaveText("Find the Safer Neighbourhoods team for SW1A 1AA");
  await link.click();
  await expect(page).toHaveURL(/find\/\?postcode=SW1A\+1AA$/);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("SW1A 1AA is in St James's ward, Westminster.");

  // Anything else, half a postcode included, gets no such link.
  await page.goto("search/?q=E2");
  await expect(searchPage(page).status).toContainText("for E2");
  await expect(page.getByRole("region", { name: "Search results" }).getByRole("link", { name: /^Find the Safer Neighbourhoods team for/ })).toHaveCount(0);
});

test("shows ten results at first, and more on request, moving focus to the first new one", async ({ page }) => {
  // A word on every page: the sample site has more than twenty pages.
  await page.goto("search/?q=neighbourhoods");
  const search = searchPage(page);
  await expect(search.status).toHaveText(/^\d+ results for neighbourhoods$/);
  const total = Number((await search.status.innerText()).split(" ")[0]);
  expect(total).toBeGreaterThan(10);
  await expect(titleLinks(page)).toHaveCount(10);

  await search.more.focus();
  await page.keyboard.press("Enter");
  await expect(titleLinks(page)).toHaveCount(Math.min(total, 20));
  await expect(titleLinks(page).nth(10)).toBeFocused();
  if (total <= 20) await expect(search.more).toBeHidden();
});

test("an FAQ page's questions are listed under it as links to their headings, at most three", async ({ page }) => {
  // Not just "officers": with all 679 wards, the 32 borough pages, each naming a dedicated officer per ward, come first for it.
  await page.goto("search/?q=how%20many%20officers");
  const search = searchPage(page);
  await expect(search.status).toHaveText(/results? for how many officers$/);
  const faq = search.results
    .locator(":scope > li")
    .filter({ has: page.getByRole("link", { name: "Questions about Safer Neighbourhoods", exact: true }) });
  await expect(faq).toHaveCount(1);
  const sections = faq.getByRole("list").getByRole("link");
  expect(await sections.count()).toBeGreaterThan(0);
  expect(await sections.count()).toBeLessThanOrEqual(3);
  for (const href of await sections.evaluateAll((links) => links.map((link) => link.getAttribute("href")))) {
    expect(href).toMatch(/\/faq\/#[a-z0-9-]+$/);
  }
  // A question's own page is not listed again under itself, by its main heading.
  const question = search.results.locator(":scope > li").filter({ has: page.getByRole("link", { name: "How many officers are in each team?" }) });
  await expect(question.first().getByRole("link")).toHaveCount(1);
});

test("text from the index is shown as text, never run as markup", async ({ page }) => {
  // Every result fragment, as Pagefind would store a page whose text shows HTML: the text as it reads, in title and body.
  const markup = "<img src=x data-injected> <mark>not a match</mark> & more";
  await page.route(/\/pagefind\/fragment\/[^/]+\.pf_fragment$/, async (route) => {
    const body = await (await route.fetch()).body();
    const gzipped = body[0] === 0x1f && body[1] === 0x8b;
    const fragment = JSON.parse((gzipped ? gunzipSync(body) : body).toString("utf8").replace(/^pagefind_dcd/, "")) as {
      content: string;
      meta: Record<string, string>;
    };
    fragment.meta["title"] = `${markup} ${fragment.meta["title"]}`;
    fragment.content = `Weavers ${markup}`;
    const text = `pagefind_dcd${JSON.stringify(fragment)}`;
    await route.fulfill({ status: 200, contentType: "application/octet-stream", body: gzipped ? gzipSync(text) : text });
  });
  await page.goto("search/?q=Weavers");
  const search = searchPage(page);
  await expect(search.status).toHaveText(/^\d+ results? for Weavers$/);
  await expect(titleLinks(page).first()).toContainText(markup);
  const excerpt = search.results.locator(":scope > li > p").first();
  await expect(excerpt).toContainText(markup);
  await expect(excerpt.locator("mark").first()).toHaveText("Weavers");
  await expect(excerpt.locator("mark").filter({ hasText: "not a match" })).toHaveCount(0);
  await expect(page.locator("[data-injected]")).toHaveCount(0);
});

test("a slow search is announced, then its results", async ({ page }) => {
  await page.route(/\/pagefind\/pagefind\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await page.goto("search/?q=Weavers");
  const search = searchPage(page);
  await expect(search.status).toHaveText("Searching for Weavers…");
  await expect(search.status).toHaveText(/^\d+ results? for Weavers$/);
});

test("when Pagefind cannot load, the page says search is not working and offers ways to browse", async ({ page }) => {
  await page.route(/\/pagefind\/pagefind\.js$/, (route) => route.abort());
  await page.goto("search/?q=Weavers");
  const search = searchPage(page);
  await expect(search.status).toHaveText("Sorry, search is not working at the moment.");
  const error = page.getByRole("main").locator("[data-search-error]");
  await expect(error).toBeVisible();
  await expect(error.getByRole("link", { name: /browse all areas/i })).toBeVisible();
  await expect(search.results).toBeHidden();
});

test("without JavaScript the search page offers ways to browse instead", async ({ browser, baseURL }) => {
  // The path prefix, if any, comes from baseURL: links on the page carry it.
  const sitePath = (path: string) => new URL(path, `${baseURL}/`.replace(/\/+$/, "/")).pathname;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("search/?q=graffiti");
  const fallback = page.locator("[data-search-fallback]");
  await expect(fallback.getByText("Search needs JavaScript")).toBeVisible();
  await expect(fallback.getByRole("link", { name: /browse all areas/i })).toHaveAttribute("href", sitePath("areas/"));
  await expect(fallback.getByRole("link", { name: /read questions/i })).toHaveAttribute("href", sitePath("faq/"));
  // The page's own search box would do nothing without the script, so it is not shown.
  await expect(page.getByRole("main").getByRole("searchbox")).toHaveCount(0);
  await context.close();
});

test("filters narrow the results to teams, to questions and advice, or to a borough, and stay in the address", async ({ page }) => {
  await page.goto("search/?q=officers");
  const search = searchPage(page);
  const main = page.getByRole("main");
  await expect(search.status).toHaveText(/^\d+ results for officers$/);
  const show = main.getByRole("group", { name: "Show" });
  await expect(show.getByRole("radio", { name: "All results" })).toBeChecked();

  // Keyboard: the arrow keys move between the choices, and each choice searches again.
  await show.getByRole("radio", { name: "All results" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(show.getByRole("radio", { name: "Teams" })).toBeChecked();
  await expect(page).toHaveURL(/[?&]show=teams(&|$)/);
  await expect(show.getByRole("radio", { name: "Teams" })).toBeFocused();
  const paths = () => titleLinks(page).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  // The new results replace the old ones in one go: wait for them, then every one is a team's page.
  await expect.poll(async () => (await paths()).every((path) => /\/(areas|find)\//.test(path))).toBe(true);
  expect((await paths()).length).toBeGreaterThan(0);

  await show.getByRole("radio", { name: "Questions and advice" }).check();
  await expect(page).toHaveURL(/[?&]show=advice(&|$)/);
  await expect(titleLinks(page).first()).toHaveAttribute("href", /\/faq\//);

  await show.getByRole("radio", { name: "All results" }).check();
  await main.getByRole("combobox", { name: "Borough" }).selectOption("Camden");
  await expect(page).toHaveURL(/[?&]borough=Camden(&|$)/);
  await expect(page).not.toHaveURL(/show=/);
  await expect.poll(async () => (await paths()).every((path) => path.includes("/areas/camden/"))).toBe(true);
  expect((await paths()).length).toBeGreaterThan(0);

  // A reload, or a shared link, repeats the search with its filters.
  await page.reload();
  await expect(main.getByRole("combobox", { name: "Borough" })).toHaveValue("Camden");
  await expect(titleLinks(page).first()).toHaveAttribute("href", /\/areas\/camden\//);

  const failures: string[] = [];
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    failures.push(...describeViolations(`search with filters (${colorScheme})`, (await axe(page).analyze()).violations));
  }
  expect(failures, failures.join("\n")).toEqual([]);
});

test("the search page does not jump as it loads: cumulative layout shift under 0.1 on a phone", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, baseURL });
  const page = await context.newPage();
  // As on a slow phone and network: the CPU four times slower, and both scripts late, so that the page is
  // drawn first with the no-JavaScript notice, and the results arrive after it.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.route(/\/(pagefind\/pagefind|assets\/search\.[^/]*)\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto("search/?q=graffiti");
  await expect(searchPage(page).status).toHaveText(/results? for graffiti$/);
  await expect(titleLinks(page).first()).toBeVisible();
  await page.waitForTimeout(500);
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
  const cls = shifts.reduce((sum, value) => sum + value, 0);
  console.log(`Search page, 390×844, CPU ×4: cumulative layout shift ${cls.toFixed(3)} (${shifts.length} shifts)`);
  expect(cls).toBeLessThan(0.1);
  await context.close();
});
