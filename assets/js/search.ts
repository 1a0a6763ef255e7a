import { CATEGORIES, isCategoryKey } from "../../src/search/ranking.ts";
import { postcodeInQuery, searchSite, type SearchFilters } from "../../src/search/ui-search.ts";
import {
  addressForQuery,
  collapseSpace,
  postcodeSummary,
  RESULTS_PER_PAGE,
  resultsSummary,
  SEARCH_ERROR_MESSAGE,
  searchingMessage,
} from "../../src/search/ui-results.ts";
import { loadPagefind, type PagefindResult } from "./search/pagefind.ts";
import { resultItem } from "./search/render.ts";

/*
 * The search page's script: our own small search UI on Pagefind's JavaScript
 * API. It takes over the server-rendered form in layouts/search.11ty.tsx:
 * searches as the reader types (after a 100 ms pause) and on submit, without
 * reloading; runs the ?q= query the header form on every page sends; narrows
 * results by kind of page and borough (?show=, ?borough=); keeps all three in
 * the address; announces the result count, slow searches and errors
 * in a polite live region; and never moves focus while the reader types.
 */

/** A pause in typing this long starts a search. */
const DEBOUNCE_MS = 100;
/** A search slower than this is announced, so a slow connection is not silence. */
const SLOW_MS = 400;

const find = <T extends Element>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: no ${selector}`);
  return found;
};

const ui = find<HTMLElement>(document, "[data-search-ui]");
const fallback = document.querySelector<HTMLElement>("[data-search-fallback]");
const output = find<HTMLElement>(document, "[data-search-output]");
const form = find<HTMLFormElement>(ui, "form");
const input = find<HTMLInputElement>(form, 'input[name="q"]');
const showChoices = [...form.querySelectorAll<HTMLInputElement>('input[name="show"]')];
const borough = form.querySelector<HTMLSelectElement>('select[name="borough"]');
const status = find<HTMLElement>(output, "[data-search-status]");
const list = find<HTMLOListElement>(output, "[data-search-results]");
const noResults = find<HTMLElement>(output, "[data-search-no-results]");
const failure = find<HTMLElement>(output, "[data-search-error]");
const more = find<HTMLButtonElement>(output, "[data-search-more]");
const postcodePrompt = find<HTMLElement>(output, "[data-search-postcode]");
const postcodeLink = find<HTMLAnchorElement>(postcodePrompt, "[data-search-postcode-link]");
const postcodeText = find<HTMLElement>(postcodePrompt, "[data-search-postcode-text]");

// The script is running: swap the no-JavaScript message for the search box.
ui.hidden = false;
output.hidden = false;
if (fallback) fallback.hidden = true;

/** The filters as chosen, for Pagefind and for the address. */
function chosenFilters(): { readonly pagefind: SearchFilters; readonly address: Record<string, string> } {
  const show = showChoices.find((choice) => choice.checked)?.value;
  const area = borough?.value ?? "";
  const pagefind: Record<string, string> = {};
  const address: Record<string, string> = {};
  if (isCategoryKey(show)) {
    pagefind["category"] = CATEGORIES[show];
    address["show"] = show;
  }
  if (area) {
    pagefind["borough"] = area;
    address["borough"] = area;
  }
  return { pagefind, address };
}

/** Results of the current search not yet shown. */
let pending: readonly PagefindResult[] = [];
/** Each search gets a number; a search that a newer one overtook shows nothing. */
let latest = 0;
let lastQuery = "";
let typingTimer: ReturnType<typeof setTimeout> | undefined;

function announce(message: string): void {
  status.textContent = message;
}

function setBusy(busy: boolean): void {
  list.setAttribute("aria-busy", String(busy));
}

function clearResults(): void {
  pending = [];
  list.replaceChildren();
  list.hidden = true;
  more.hidden = true;
  noResults.hidden = true;
  failure.hidden = true;
  postcodePrompt.hidden = true;
}

/** A postcode's link to the find page, whose address keeps the site's path prefix (it comes from the HTML). */
function showPostcodePrompt(postcode: string): void {
  const address = new URL(postcodeLink.href);
  address.search = new URLSearchParams({ postcode }).toString();
  postcodeLink.href = address.href;
  postcodeText.textContent = postcode;
  postcodePrompt.hidden = false;
}

function showError(): void {
  clearResults();
  setBusy(false);
  failure.hidden = false;
  announce(SEARCH_ERROR_MESSAGE);
  // Searching for the same words again (Enter) tries again.
  lastQuery = "";
}

/** Results' fragments, loaded together so that the list grows once, not item by item. */
async function itemsFor(results: readonly PagefindResult[]): Promise<HTMLLIElement[]> {
  const data = await Promise.all(results.map((result) => result.data()));
  return data.map(resultItem);
}

async function search(raw: string): Promise<void> {
  const query = collapseSpace(raw);
  const filters = chosenFilters();
  const key = JSON.stringify([query, filters.pagefind]);
  if (key === lastQuery) return;
  lastQuery = key;
  const id = ++latest;
  history.replaceState(history.state, "", addressForQuery(location.href, query, filters.address));
  if (!query) {
    clearResults();
    setBusy(false);
    announce("");
    return;
  }

  setBusy(true);
  const slow = setTimeout(() => {
    if (id === latest) announce(searchingMessage(query));
  }, SLOW_MS);
  try {
    const found = await searchSite(await pagefind, query, filters.pagefind, RESULTS_PER_PAGE);
    if (id !== latest) return;
    const items = found.first.map(resultItem);
    clearResults();
    const postcode = postcodeInQuery(query);
    if (postcode) showPostcodePrompt(postcode);
    list.append(...items);
    list.hidden = items.length === 0;
    noResults.hidden = found.total > 0;
    pending = found.rest;
    more.hidden = pending.length === 0;
    setBusy(false);
    announce(postcode ? postcodeSummary(found.total, postcode) : resultsSummary(found.total, query));
  } catch {
    if (id === latest) showError();
  } finally {
    clearTimeout(slow);
  }
}

input.addEventListener("input", () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => void search(input.value), DEBOUNCE_MS);
});

// A filter changed: search again now. Focus stays on the filter.
for (const control of [...showChoices, ...(borough ? [borough] : [])]) {
  control.addEventListener("change", () => {
    clearTimeout(typingTimer);
    void search(input.value);
  });
}

// Enter, or the button: search now, in place. Focus stays where it is.
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  void search(input.value);
});

/** True while "Show more results" loads. The button is not disabled meanwhile: that would drop its focus. */
let loadingMore = false;

more.addEventListener("click", async () => {
  if (loadingMore) return;
  loadingMore = true;
  const id = latest;
  const next = pending.slice(0, RESULTS_PER_PAGE);
  setBusy(true);
  try {
    const items = await itemsFor(next);
    if (id !== latest) return;
    list.append(...items);
    pending = pending.slice(next.length);
    more.hidden = pending.length === 0;
    // The reader asked for these: take them to the first new result, so the list reads on from there.
    items[0]?.querySelector("a")?.focus();
  } catch {
    if (id === latest) showError();
  } finally {
    loadingMore = false;
    if (id === latest) setBusy(false);
  }
});

// Loading starts now, while the reader reads and types. A failure shows with the search that needed
// Pagefind, or straight away when no search is waiting.
const pagefind = loadPagefind();
pagefind.catch(() => {
  if (!lastQuery) showError();
});

// The header form on every page, and a bookmark, bring the query (and any filters) in the address.
const params = new URLSearchParams(location.search);
const initialShow = params.get("show");
if (isCategoryKey(initialShow)) for (const choice of showChoices) choice.checked = choice.value === initialShow;
const initialBorough = params.get("borough");
if (borough && initialBorough && [...borough.options].some((option) => option.value === initialBorough)) borough.value = initialBorough;
const initial = params.get("q") ?? "";
if (initial) {
  input.value = initial;
  void search(initial);
}
