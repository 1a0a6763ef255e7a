import { expect, test } from "../support/a11y-fixtures.ts";
import {
  clippedOrOverlappingText,
  horizontalOverflow,
  longestNameTemplates,
  openTemplate,
  TEXT_SPACING_CSS,
} from "../support/a11y-page-checks.ts";

/*
 * On the site built for the accessibility checks (content/, all of the
 * Met's London), with the longest ward and borough names in it.
 */

// WCAG 1.4.10: 320 CSS px is both a 320px-wide screen and a 1280px window zoomed to 400%.
const REFLOW_VIEWPORTS = [
  { name: "320 CSS px wide", viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: "1280 px wide at 400% zoom", viewport: { width: 1280 / 4, height: 1024 / 4 }, deviceScaleFactor: 4 },
] as const;

for (const { name, viewport, deviceScaleFactor } of REFLOW_VIEWPORTS) {
  test(`reflow: no page template scrolls sideways at ${name}`, async ({ browser, a11ySite }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport, deviceScaleFactor });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const template of longestNameTemplates(a11ySite.pages)) {
      await openTemplate(page, a11ySite.origin + template.path);
      const overflow = await horizontalOverflow(page);
      if (overflow.scroll > 0) problems.push(`${template.name} (${template.path}) scrolls ${overflow.scroll}px sideways`);
      problems.push(...overflow.elements.map((element) => `${template.name} (${template.path}): ${element}`));
    }
    await context.close();
    expect(problems, problems.join("\n")).toEqual([]);
  });
}

for (const width of [1280, 320]) {
  test(`text spacing: with WCAG 1.4.12's spacing, no text on the ward page is clipped or overlapping, ${width}px wide`, async ({
    browser,
    a11ySite,
  }) => {
    // The spacing goes in as a <style> element, which the site's Content-Security-Policy rightly refuses.
    const context = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    const ward = longestNameTemplates(a11ySite.pages).find((template) => template.name === "ward");
    await openTemplate(page, a11ySite.origin + (ward?.path ?? "/"));
    expect(await clippedOrOverlappingText(page), "before the spacing is applied").toEqual([]);

    await page.addStyleTag({ content: TEXT_SPACING_CSS });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector("h1")!).letterSpacing)).not.toBe("normal");
    const problems = await clippedOrOverlappingText(page);
    const overflow = await horizontalOverflow(page);
    await context.close();
    expect(problems, problems.join("\n")).toEqual([]);
    expect(overflow, `${ward?.path} with text spacing`).toEqual({ scroll: 0, elements: [] });
  });
}
