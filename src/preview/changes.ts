import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Whether a preview save changed only markdown pages (FAQ questions, guides,
 * top-level pages) that still exist. Pages built from ward and postcode data
 * do not depend on them, so a rebuild for such a save can leave those pages
 * as they are on disk. A deleted or renamed file, or anything else (a ward
 * file, a stylesheet, a script), needs every page rendered again.
 */
export function onlyMarkdownPagesChanged(changed: readonly string[], contentDir: string): boolean {
  const content = path.resolve(contentDir) + path.sep;
  const wards = path.join(content, "wards") + path.sep;
  return (
    changed.length > 0 &&
    changed.every((file) => {
      const full = path.resolve(file);
      return full.startsWith(content) && !full.startsWith(wards) && full.endsWith(".md") && existsSync(full);
    })
  );
}
