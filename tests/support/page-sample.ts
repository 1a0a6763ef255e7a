import { statSync } from "node:fs";
import path from "node:path";

/**
 * The pages a browser check runs over: every page of a kind that has few
 * pages, and a sample of each kind that has many (a ward page, a borough
 * page, a postcode district page…), since axe on the 600th page of one
 * template finds nothing the first 40 did not, and costs minutes.
 *
 * A page's kind is its address with the last folder replaced by `*`
 * (`areas/camden/regents-park/index.html` → `areas/camden/*`), then the
 * folder above too for deep pages, so that all ward pages share one kind.
 * The sample keeps the heaviest pages of each kind (long names, many
 * officers, the biggest maps, where layouts break first) and spreads the
 * rest evenly, so it is the same on every run.
 */
export function samplePages(siteDir: string, pages: readonly string[], perKind = 40): string[] {
  const kinds = new Map<string, string[]>();
  for (const page of pages) {
    const kind = pageKind(page);
    kinds.set(kind, [...(kinds.get(kind) ?? []), page]);
  }
  const chosen = new Set<string>();
  for (const members of kinds.values()) {
    if (members.length <= perKind) {
      members.forEach((page) => chosen.add(page));
      continue;
    }
    const heaviest = [...members].sort((a, b) => size(siteDir, b) - size(siteDir, a)).slice(0, Math.ceil(perKind / 4));
    heaviest.forEach((page) => chosen.add(page));
    const step = members.length / (perKind - heaviest.length);
    for (let i = 0; chosen.size < pages.length && i < members.length; i += step) chosen.add(members[Math.floor(i)]!);
  }
  return pages.filter((page) => chosen.has(page));
}

/** `areas/camden/regents-park/index.html` → `areas/*\/*`; `faq/x/index.html` → `faq/*`. */
export function pageKind(page: string): string {
  const parts = page.split("/").slice(0, -1);
  if (parts.length <= 1) return page;
  return [parts[0], ...parts.slice(1).map(() => "*")].join("/");
}

function size(siteDir: string, page: string): number {
  return statSync(path.join(siteDir, page)).size;
}
