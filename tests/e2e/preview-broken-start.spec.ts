import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startPreviewServer } from "../../harness/preview-server.ts";

test("a preview started with a mistake shows the problems in place of the pages, and the page once fixed", async ({ page }) => {
  test.setTimeout(120_000);
  mkdirSync(".cache", { recursive: true });
  const source = mkdtempSync(path.join(".cache", "broken-content-"));
  cpSync("content", source, { recursive: true });
  const good = readFileSync(path.join(source, "wards", "camden", "camden-town.yaml"), "utf8");
  writeFileSync(path.join(source, "wards", "camden", "camden-town.yaml"), good.replace(/^  telephone: .*$/m, "  telephone: 0207-946-0101"));
  const preview = await startPreviewServer(8126, source);
  try {
    await page.goto(`${preview.origin}/areas/camden/camden-town/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Content that needs attention");
    await expect(page.getByRole("alert")).toContainText("use spaces");

    writeFileSync(path.join(preview.contentDir, "wards", "camden", "camden-town.yaml"), good);
    // No live reload on a page the preview made itself: its script reloads it once the site is built.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Camden Town", { timeout: 30_000 });
    await expect(page.getByRole("alert")).toBeHidden();
  } finally {
    await preview.stop();
    rmSync(source, { recursive: true, force: true });
  }
});
