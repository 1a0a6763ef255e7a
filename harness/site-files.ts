import { readdirSync } from "node:fs";
import path from "node:path";

/** Every HTML file in a built site, as paths relative to its root, excluding Pagefind's own. */
export function htmlPages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html") && !file.startsWith(`pagefind${path.sep}`))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}
