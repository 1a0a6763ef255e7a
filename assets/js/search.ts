/**
 * Runs the search named in the address (?q=…), so the plain GET form in every
 * page's header leads straight to results. Pagefind's own components do the
 * searching; this only hands them the query once they are ready.
 */
async function runQueryFromAddress(): Promise<void> {
  const query = new URLSearchParams(window.location.search).get("q")?.trim();
  if (!query) return;
  const input = await waitFor(() => document.querySelector<HTMLInputElement>("pagefind-input input"));
  input.value = query;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

function waitFor<T>(find: () => T | null): Promise<T> {
  return new Promise((resolve) => {
    const attempt = () => {
      const found = find();
      if (found) resolve(found);
      else requestAnimationFrame(attempt);
    };
    attempt();
  });
}

/** Swap the no-JavaScript message for the search box once Pagefind's components exist. */
async function revealSearch(): Promise<void> {
  await customElements.whenDefined("pagefind-input");
  document.querySelector<HTMLElement>("[data-search-ui]")?.removeAttribute("hidden");
  document.querySelector<HTMLElement>("[data-search-fallback]")?.setAttribute("hidden", "");
}

void revealSearch().then(runQueryFromAddress);
