import type { WardDirectory } from "../src/wards/directory.ts";
import { BaseLayout } from "./base.tsx";
import { Markdown } from "./components/markdown.tsx";
import { SearchAlternatives } from "./components/search-alternatives.tsx";
import { SearchFilters } from "./components/search-filters.tsx";
import { SearchForm } from "./components/search-form.tsx";
import { SearchResults } from "./components/search-results.tsx";
import { contentPageShell, markdownBody, type PageData } from "./page-data.ts";

const collator = new Intl.Collator("en-GB", { sensitivity: "base" });

/**
 * The search page: the one page with JavaScript. Our own script
 * (assets/js/search.ts) runs the search with Pagefind's JavaScript API and
 * fills in the results. Without JavaScript, or until the script runs, the
 * page says so and offers browsing instead; the search box, which would do
 * nothing, stays hidden. The notice and the box share one place on the page,
 * as high as the taller of them, so that nothing below moves when the script
 * swaps them (see search-page.css).
 */
export function render(data: PageData & { readonly wardDirectory: WardDirectory }) {
  const boroughs = data.wardDirectory.boroughs.map((entry) => entry.borough.name).sort(collator.compare);
  return (
    <BaseLayout {...contentPageShell(data)} searchable={false} head={<script type="module" src={data.searchScript.href} />}>
      <h1 class="sn-heading-xl">{data.title}</h1>
      <Markdown html={markdownBody(data.page)} />
      <div class="sn-search-page__start">
        {/* Shown until the search script takes over, so it also covers JavaScript that fails to load. */}
        <div class="sn-notice sn-notice--warning sn-search-page__fallback" data-search-fallback>
          <p>
            Search needs JavaScript, which is turned off, still loading or not available in your browser. You can still find your team
            and answers:
          </p>
          <SearchAlternatives />
        </div>
        <div class="sn-search-page" data-search-ui hidden>
          {/* A plain GET form to this page: the script searches as you type, and on submit without reloading. */}
          <SearchForm id="search-page-query" label="Search wards, boroughs and questions">
            <SearchFilters boroughs={boroughs} />
          </SearchForm>
        </div>
      </div>
      <div class="sn-search-page__output">
        <SearchResults />
      </div>
    </BaseLayout>
  );
}
