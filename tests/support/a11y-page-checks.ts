import type { Locator, Page } from "@playwright/test";

/** One page of each template. The search page is checked with results showing. */
export interface Template {
  readonly name: string;
  readonly path: string;
}

/** A ward in both the London and the sample content. */
export const SEARCH_QUERY = "Camden Town";

export const searchPath = (query: string = SEARCH_QUERY) => `/search/?q=${encodeURIComponent(query)}`;

/** Every template in the sample content (the e2e server's site). */
export const SAMPLE_TEMPLATES: readonly Template[] = [
  { name: "home", path: "/" },
  { name: "areas A to Z", path: "/areas/" },
  { name: "borough", path: "/areas/camden/" },
  { name: "ward", path: "/areas/camden/camden-town/" },
  { name: "FAQ", path: "/faq/" },
  { name: "FAQ question", path: "/faq/who-is-in-a-team/" },
  { name: "content page", path: "/accessibility/" },
  { name: "search", path: searchPath() },
  { name: "not found", path: "/no-such-page/" },
];

/**
 * Every template, with the longest ward and borough names in the build, so
 * that layouts meet the names most likely to overflow.
 */
export function longestNameTemplates(pages: readonly string[]): Template[] {
  const longest = (pattern: RegExp) =>
    pages.filter((page) => pattern.test(page)).reduce((a, b) => (b.length > a.length ? b : a), "");
  const address = (file: string) => `/${file.replace(/index\.html$/, "")}`;
  return SAMPLE_TEMPLATES.map((template) =>
    template.name === "ward"
      ? { name: "ward", path: address(longest(/^areas\/[^/]+\/[^/]+\/index\.html$/)) }
      : template.name === "borough"
        ? { name: "borough", path: address(longest(/^areas\/[^/]+\/index\.html$/)) }
        : template,
  );
}

/** Open a template; for search, wait until the results have rendered and stopped moving. */
export async function openTemplate(page: Page, url: string): Promise<void> {
  await page.goto(url);
  if (new URL(url, "http://localhost").pathname.endsWith("/search/")) await searchResultsSettled(page);
}

/**
 * Wait until the search page has finished its search: the live region has
 * its summary ("3 results for …", "No results for …") and the list is no
 * longer busy. The script adds a page of results at once, so nothing moves after.
 */
export async function searchResultsSettled(page: Page): Promise<void> {
  await page.locator("[data-search-status]").filter({ hasText: /results? for / }).waitFor();
  await page.locator('[data-search-results]:not([aria-busy="true"])').waitFor({ state: "attached" });
}

export interface FocusState {
  /** How a person would name it: the element and its text or label. */
  readonly name: string;
  /** The start of the element (its first line box), in page coordinates. */
  readonly box: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** What draws the focus indicator, or undefined when nothing does. */
  readonly indicator: string | undefined;
  readonly inViewport: boolean;
  /**
   * The SVG map the element is a link in, if any. A map's areas are irregular
   * shapes, whose boxes overlap and nest, so "along the row, then down" has no
   * answer inside one: the map orders its links top to bottom as best it can
   * (src/maps/svg.ts, readingOrder), and the order check applies on the way
   * into and out of the map, not between its own links.
   */
  readonly map: string | undefined;
}

/** The focused element, from its computed style: the outline or box-shadow that shows focus. */
export function focusState(page: Page): Promise<FocusState | undefined> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return undefined;
    const style = getComputedStyle(element);
    const transparent = (colour: string) => colour === "transparent" || /rgba\(.*,\s*0\)$/.test(colour);
    const outline =
      style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 && !transparent(style.outlineColor)
        ? `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`
        : undefined;
    // A visible ring: at least one shadow with a 2px spread (or blur) in a colour that is not transparent.
    const shadow =
      style.boxShadow !== "none" &&
      style.boxShadow.split(/,(?![^(]*\))/).some((part) => {
        const lengths = part.replace(/rgba?\([^)]*\)/g, "").match(/-?[\d.]+px/g) ?? [];
        const colour = /rgba?\([^)]*\)/.exec(part)?.[0] ?? "";
        return !transparent(colour) && lengths.slice(2).some((length) => parseFloat(length) >= 2);
      })
        ? `box-shadow ${style.boxShadow}`
        : undefined;
    const rect = element.getClientRects()[0] ?? element.getBoundingClientRect();
    const svg = element.closest("svg");
    const label = element.getAttribute("aria-label") ?? (svg ? element.querySelector("title")?.textContent : (element as HTMLElement).innerText) ?? "";
    const text = (label || (element as HTMLInputElement).placeholder || element.id).trim().replace(/\s+/g, " ");
    return {
      name: `<${element.tagName.toLowerCase()}> ${text.slice(0, 60)}`,
      box: { top: rect.top + scrollY, bottom: rect.bottom + scrollY, left: rect.left + scrollX, right: rect.right + scrollX },
      indicator: outline ?? shadow,
      inViewport: rect.width > 1 && rect.height > 1 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
      map: svg ? (svg.getAttribute("aria-labelledby") ?? svg.id ?? "map") : undefined,
    };
  });
}

/**
 * Whether `next` comes after `previous` in reading order: further along the
 * same row, on a later row, or at the top of a column to the right (CSS
 * columns read down, then across).
 */
export function followsVisually(previous: FocusState["box"], next: FocusState["box"]): boolean {
  const overlap = Math.min(previous.bottom, next.bottom) - Math.max(previous.top, next.top);
  const sameRow = overlap > 0.5 * Math.min(previous.bottom - previous.top, next.bottom - next.top);
  if (sameRow) return next.left >= previous.left - 1;
  if (next.top >= previous.top) return true;
  return next.left >= previous.right - 1;
}

export interface TabTrail {
  readonly steps: readonly FocusState[];
  /** Each problem in words: no focus indicator, out of view, or out of visual order. */
  readonly problems: readonly string[];
}

/**
 * Press Tab until `target` has focus (at most `max` presses), checking at
 * every step that the focused element shows a focus indicator, is in view,
 * and comes after the previous one in visual order.
 */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<TabTrail> {
  const steps: FocusState[] = [];
  const problems: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const state = await focusState(page);
    if (!state) {
      problems.push(`Tab ${i + 1}: focus left the page`);
      break;
    }
    if (!state.indicator) problems.push(`Tab ${i + 1}: ${state.name} shows no focus indicator`);
    if (!state.inViewport) problems.push(`Tab ${i + 1}: ${state.name} is not in view`);
    const previous = steps.at(-1);
    const withinOneMap = previous?.map !== undefined && previous.map === state.map;
    if (previous && !withinOneMap && !followsVisually(previous.box, state.box)) {
      problems.push(`Tab ${i + 1}: ${state.name} comes before ${previous.name} on screen`);
    }
    steps.push(state);
    if (await target.evaluate((element) => element === document.activeElement)) return { steps, problems };
  }
  problems.push(`${max} presses of Tab did not reach the target`);
  return { steps, problems };
}

/** Elements that stick out of the viewport sideways, and how far the page scrolls sideways. */
export function horizontalOverflow(page: Page): Promise<{ scroll: number; elements: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const elements: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      const rect = element.getBoundingClientRect();
      // Visually hidden elements are 1px and clipped: they take no room on screen.
      if (rect.width <= 1 || rect.height <= 1 || !element.checkVisibility()) continue;
      if (rect.right > width + 1 || rect.left < -1) {
        elements.push(`<${element.tagName.toLowerCase()} class="${element.className}"> spans ${Math.round(rect.left)} to ${Math.round(rect.right)} px`);
      }
    }
    return { scroll: document.documentElement.scrollWidth - width, elements: elements.slice(0, 10) };
  });
}

/** WCAG 1.4.12's spacing, as its own bookmarklet and test procedure apply it, to every element. */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** Text cut off by a box that hides overflow, and lines of text that overlap each other. */
export function clippedOrOverlappingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (element: Element) =>
      `<${element.tagName.toLowerCase()}${element.className ? ` class="${element.className}"` : ""}> "${(element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40)}"`;

    for (const element of document.body.querySelectorAll("*")) {
      const style = getComputedStyle(element);
      if (style.overflowX === "visible" && style.overflowY === "visible") continue;
      if (!element.checkVisibility() || element.clientWidth <= 1 || element.clientHeight <= 1) continue;
      if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) {
        problems.push(`clipped: ${describe(element)} (${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight})`);
      }
    }

    // Visually hidden text (.sn-visually-hidden, the skip link until focused) sits in a 1px clipped box:
    // its line boxes keep their size, but none of it is on screen to overlap.
    const hiddenBox = new Map<Element, boolean>();
    const insideHiddenBox = (element: Element | null): boolean => {
      if (!element || element === document.body) return false;
      const known = hiddenBox.get(element);
      if (known !== undefined) return known;
      const rect = element.getBoundingClientRect();
      const hidden =
        ((rect.width <= 1 || rect.height <= 1) && getComputedStyle(element).clipPath !== "none") ||
        insideHiddenBox(element.parentElement);
      hiddenBox.set(element, hidden);
      return hidden;
    };

    const lines: { rect: DOMRect; node: Node }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || !node.parentElement?.checkVisibility() || insideHiddenBox(node.parentElement)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 1 && rect.height > 1) lines.push({ rect, node });
    }
    lines.sort((a, b) => a.rect.top - b.rect.top);
    for (let i = 0; i < lines.length; i++) {
      const a = lines[i]!;
      for (let j = i + 1; j < lines.length && lines[j]!.rect.top < a.rect.bottom; j++) {
        const b = lines[j]!;
        if (a.node === b.node) continue;
        const across = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const down = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (across > 1 && down > 1) {
          problems.push(`overlapping: "${a.node.textContent?.trim().slice(0, 30)}" and "${b.node.textContent?.trim().slice(0, 30)}"`);
        }
      }
    }
    return problems;
  });
}
