import { expect, test, type Page } from "@playwright/test";
import { ROLE_LABELS } from "../../src/wards/labels.ts";
import { openTemplate, SAMPLE_TEMPLATES, SEARCH_QUERY, searchPath, searchResultsSettled } from "../support/a11y-page-checks.ts";
import { axe, COLOR_SCHEMES, describeViolations } from "../support/axe.ts";

test.describe("reduced motion", () => {
  /** Records every CSS transition and animation that starts, from before the page's own code runs. */
  async function recordMotion(page: Page): Promise<() => Promise<string[]>> {
    await page.addInitScript(() => {
      const started: string[] = [];
      (window as unknown as { motion: string[] }).motion = started;
      const record = (event: Event) => {
        const target = event.target as Element;
        const what = event instanceof TransitionEvent ? event.propertyName : (event as AnimationEvent).animationName;
        started.push(`${event.type} ${what} on <${target.tagName?.toLowerCase()} class="${target.className}">`);
      };
      for (const type of ["transitionrun", "animationstart"]) addEventListener(type, record, true);
    });
    return () =>
      page.evaluate(() => [
        ...(window as unknown as { motion: string[] }).motion,
        ...document.getAnimations().map((animation) => `running: ${animation.constructor.name} ${String((animation as CSSAnimation).animationName ?? "")}`),
      ]);
  }

  /** What a person does that could set things moving: hover and focus every control, and search. */
  async function interact(page: Page): Promise<void> {
    const controls = page.locator("a:visible, button:visible, input:visible");
    const count = Math.min(await controls.count(), 40);
    for (let i = 0; i < count; i++) {
      await controls.nth(i).focus();
      // Forced: the skip link is on screen only while focused, which Playwright's hover would wait out.
      await controls.nth(i).hover({ force: true });
    }
    if (page.url().includes("/search/")) {
      const box = page.getByRole("main").getByRole("searchbox");
      await box.fill("Weavers");
      await expect(page.getByRole("region", { name: "Search results" }).getByRole("link").first()).toHaveText(/Weavers/);
      await box.fill(SEARCH_QUERY);
      await searchResultsSettled(page);
    }
  }

  test("with prefers-reduced-motion: reduce, no animation or transition runs on any template", async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ reducedMotion: "reduce" });
    const motion = await recordMotion(page);
    const problems: string[] = [];
    for (const template of SAMPLE_TEMPLATES) {
      await openTemplate(page, template.path);
      await interact(page);
      problems.push(...(await motion()).map((what) => `${template.path}: ${what}`));
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });

  // Shows the check above can see motion, and that base.css is what stops it: the same transition,
  // given to the search button, is recorded without the preference and cancelled with it.
  for (const reducedMotion of ["no-preference", "reduce"] as const) {
    test(`a transition on the search page is ${reducedMotion === "reduce" ? "cancelled" : "recorded"} with prefers-reduced-motion: ${reducedMotion}`, async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion });
      const motion = await recordMotion(page);
      await openTemplate(page, searchPath());
      const button = page.getByRole("main").getByRole("search").getByRole("button", { name: "Search" });
      // Through the CSSOM, which the Content-Security-Policy allows; a style attribute or <style> it would refuse.
      await button.evaluate((element) => {
        (element as HTMLElement).style.transition = "background-color 0.5s";
      });
      await button.hover();
      const recorded = async () => (await motion()).filter((what) => what.includes("sn-search-form__button"));
      if (reducedMotion === "no-preference") {
        await expect.poll(recorded).not.toEqual([]);
      } else {
        // The hover colour is there at once, with nothing recorded on the way.
        await expect(button).toHaveCSS("transition-duration", "0s");
        await page.waitForTimeout(600);
        expect(await recorded()).toEqual([]);
      }
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every page but search shows the same content as with JavaScript", async ({ page, browser, baseURL }) => {
    const withScript = await browser.newPage({ baseURL });
    const problems: string[] = [];
    for (const template of SAMPLE_TEMPLATES.filter((template) => template.name !== "search")) {
      await page.goto(template.path);
      await withScript.goto(template.path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const without = await page.locator("main").innerText();
      const withJs = await withScript.locator("main").innerText();
      if (without !== withJs) problems.push(`${template.path} differs without JavaScript`);
      if (without.trim().length < 100) problems.push(`${template.path} has almost no content`);
    }
    await withScript.close();
    expect(problems, problems.join("\n")).toEqual([]);
  });

  test("the search page offers its fallback links instead", async ({ page }) => {
    await page.goto(searchPath());
    const fallback = page.locator("[data-search-fallback]");
    await expect(fallback).toBeVisible();
    await expect(fallback).toContainText("Search needs JavaScript");
    await expect(fallback.getByRole("link", { name: /browse all areas/i })).toHaveAttribute("href", "/areas/");
    await expect(fallback.getByRole("link", { name: /read questions/i })).toHaveAttribute("href", "/faq/");
    await expect(page.locator("[data-search-ui]")).toBeHidden();
    // The header's search form still works: it is a plain GET form to this page.
    await expect(page.getByRole("banner").getByRole("searchbox")).toBeVisible();
  });
});

// The all-pages run checks search with results showing; this is the other state a reader meets.
test("the search page with no results passes axe in light and dark", async ({ page }) => {
  await page.goto(searchPath("qqqzzzxxx"));
  await expect(page.getByRole("main").getByRole("status")).toHaveText(/No results for qqqzzzxxx/i);
  const failures: string[] = [];
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    failures.push(...describeViolations(`search with no results (${colorScheme})`, (await axe(page).analyze()).violations));
  }
  expect(failures, failures.join("\n")).toEqual([]);
});

// axe itself needs JavaScript, so the fallback is checked as a reader meets it when the search scripts fail to load.
test("when its scripts fail to load, the search page's fallback passes axe in light and dark", async ({ page }) => {
  await page.route(/\/(pagefind\/.*|assets\/search\.[^/]*)\.js$/, (route) => route.abort());
  await page.goto(searchPath());
  await expect(page.locator("[data-search-fallback]")).toBeVisible();
  await expect(page.locator("[data-search-ui]")).toBeHidden();
  const failures: string[] = [];
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    failures.push(...describeViolations(`search fallback (${colorScheme})`, (await axe(page).analyze()).violations));
  }
  expect(failures, failures.join("\n")).toEqual([]);
});

test.describe("screen reader semantics", () => {
  test("the search results announce how many results there are, in a live region", async ({ page }) => {
    // Record everything put in a live region, as a screen reader would hear it.
    await page.addInitScript(() => {
      const announced: string[] = [];
      (window as unknown as { announced: string[] }).announced = announced;
      new MutationObserver((mutations) => {
        for (const mutation of mutations) {
          const node = mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
          const region = node?.closest('[aria-live="polite"], [aria-live="assertive"], [role="status"], [role="alert"]');
          const text = region?.textContent?.trim();
          if (text) announced.push(text);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const announced = () => page.evaluate(() => (window as unknown as { announced: string[] }).announced);

    await page.goto(searchPath());
    const summary = page.getByRole("main").getByRole("status");
    await expect(summary).toHaveText(/^\d+ results? for Camden Town$/);
    const camden = await summary.innerText();
    await expect.poll(announced).toContainEqual(camden);

    // A new search, typed into the search box, is announced too.
    await page.getByRole("main").getByRole("searchbox", { name: "Search wards, boroughs and questions" }).fill("Weavers");
    await expect(summary).toHaveText(/^\d+ results? for Weavers$/);
    const weavers = await summary.innerText();
    await expect.poll(announced).toContainEqual(weavers);
    // Typing is never interrupted: focus stays in the box while results come and go.
    await expect(page.getByRole("main").getByRole("searchbox")).toBeFocused();
  });

  test("a ward's team is a real list, and each person's role is in words", async ({ page }) => {
    await page.goto("/areas/camden/camden-town/");
    const team = page.locator("section").filter({ has: page.getByRole("heading", { name: "Your team", level: 2 }) });
    const lists = team.locator(".sn-team-list");
    expect(await lists.count()).toBeGreaterThanOrEqual(1);
    const roles = Object.values(ROLE_LABELS);
    for (const list of await lists.all()) {
      await expect(list).toHaveRole("list");
      const people = list.locator(":scope > li");
      expect(await people.count()).toBeGreaterThan(0);
      for (const person of await people.all()) {
        await expect(person).toHaveRole("listitem");
        const text = await person.innerText();
        // innerText is what is rendered as text: a role only in colour, an icon or a hidden span would not be in it.
        expect(roles.some((role) => text.includes(role)), `no role in words in: ${text}`).toBe(true);
      }
    }
    await expect(team.getByRole("listitem").filter({ hasText: "Dedicated ward officer" }).first()).toBeVisible();
  });
});
