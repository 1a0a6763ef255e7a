import { test } from "@playwright/test";
import { focusState, openTemplate } from "../support/a11y-page-checks.ts";
test("debug", async ({ page }) => {
  await openTemplate(page, "/search/?q=Camden%20Town");
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    const s = await focusState(page);
    const info = await page.evaluate(() => ({ y: scrollY, h: document.documentElement.scrollHeight, n: document.querySelectorAll(".pf-result").length }));
    console.log(i + 1, s?.name, JSON.stringify(s?.box), s?.inViewport, JSON.stringify(info));
  }
});
