/*
 * Preview only (npm start): when a save has problems, the preview writes no
 * page, so the open page would look fine while being out of date. This shows
 * the problems over it, and the next good save (which reloads the page) clears them.
 * Built with the DOM, never from HTML strings: messages quote what authors typed.
 */
interface Problem {
  readonly text: string;
}
interface Status {
  readonly ok: boolean;
  readonly build: number;
  readonly problems: readonly Problem[];
}

const BANNER_ID = "sn-preview-problems";
let shownBuild = -1;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

let wasFailing = false;

function show(status: Status): void {
  const existing = document.getElementById(BANNER_ID);
  if (status.ok) {
    existing?.remove();
    shownBuild = -1;
    // Pages the dev server did not write (the problem list shown in place of a page) have no live reload: reload once fixed.
    if (wasFailing && document.documentElement.dataset["previewGenerated"] !== undefined) window.location.reload();
    wasFailing = false;
    return;
  }
  wasFailing = true;
  if (existing && shownBuild === status.build) return;
  shownBuild = status.build;
  const count = status.problems.length;
  const banner = element("section", "sn-preview-banner");
  banner.id = BANNER_ID;
  banner.setAttribute("role", "alert");
  banner.setAttribute("aria-labelledby", `${BANNER_ID}-heading`);
  const heading = element("h2", "sn-preview-banner__heading", `Not saved to the preview: ${count} problem${count === 1 ? "" : "s"} in content`);
  heading.id = `${BANNER_ID}-heading`;
  const intro = element("p", "sn-preview-banner__intro", "This page is the last good version. Fix these, save, and the page updates:");
  const list = element("ul", "sn-preview-banner__list");
  for (const problem of status.problems) list.append(element("li", "sn-preview-banner__problem", problem.text));
  const more = element("p", "sn-preview-banner__more");
  const link = element("a", "sn-preview-banner__link", "Everything that needs attention");
  link.href = "/_authoring/";
  more.append(link);
  banner.append(heading, intro, list, more);
  if (existing) existing.replaceWith(banner);
  else document.body.prepend(banner);
}

async function poll(): Promise<void> {
  try {
    const response = await fetch("/_preview/status.json", { cache: "no-store" });
    if (response.ok) show((await response.json()) as Status);
  } catch {
    // The preview was stopped or is restarting: try again shortly.
  }
  window.setTimeout(() => void poll(), 1000);
}

void poll();
