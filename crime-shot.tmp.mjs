import { chromium } from "@playwright/test";
const [url, out, scheme = "light", width = "375", forced = "none"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 }, colorScheme: scheme, forcedColors: forced });
await page.goto(url);
const box = await page.evaluate(() => { const s = document.getElementById("crime").closest("section,article"); const r = s.getBoundingClientRect(); return { y: r.top + scrollY, h: r.height }; });
await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: box.y, width: Number(width), height: Math.min(box.h, 1100) } });
await browser.close();
