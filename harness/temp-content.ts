import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";

export interface TempContent {
  /** A content folder the test may change, relative to the project root. */
  readonly contentDir: string;
  cleanup(): void;
}

/**
 * A copy of content/ inside the project's git-ignored .cache folder: Eleventy
 * applies directory data files only under its working directory, so a copy in
 * the system temp folder would not build like the real thing.
 *
 * Without wards, the postcode lookup is left out too: every postcode points at
 * a ward file, so the build would rightly refuse it.
 */
export function copyContent({ wards = true }: { wards?: boolean } = {}): TempContent {
  mkdirSync(".cache", { recursive: true });
  const root = mkdtempSync(path.join(".cache", "content-"));
  const contentDir = path.join(root, "content");
  cpSync("content", contentDir, {
    recursive: true,
    filter: (source) => wards || !source.split(path.sep).some((part) => part === "wards" || part === "postcodes"),
  });
  return { contentDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
