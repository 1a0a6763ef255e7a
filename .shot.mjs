import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
for (const [path, name] of process.argv.slice(2).map((a) => a.split("="))) {
  await page.goto("http://127.0.0.1:4199" + path);
  await page.screenshot({ path: `/tmp/residents/${name}.png`, fullPage: true, clip: { x: 0, y: 0, width: 390, height: 1800 } });
}
await browser.close();
