import { chromium } from "@playwright/test";
import { axe, describeViolations } from "./tests/support/axe.ts";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
for (const scheme of ["light", "dark"] as const) {
  const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  for (const url of ["/areas/camden/camden-town/", "/areas/camden/", "/crime/", "/faq/how-we-know-it-works/"]) {
    await page.goto(`http://localhost:8731${url}`);
    if (await page.$("summary")) await page.click("summary");
    const result = await axe(page).analyze();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(scheme, url, result.violations.length, describeViolations(url, result.violations).join("\n"), "scrollWidth", overflow);
  }
  await context.close();
}
await browser.close();
