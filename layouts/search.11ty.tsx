import { BaseLayout } from "./base.tsx";
import { Markdown } from "./components/markdown.tsx";
import { SearchAlternatives } from "./components/search-alternatives.tsx";
import { SearchForm } from "./components/search-form.tsx";
import { SearchResults } from "./components/search-results.tsx";
import { contentPageShell, markdownBody, type PageData } from "./page-data.ts";

/**
 * The search page: the one page with JavaScript. Our own script
 * (assets/js/search.ts) runs the search with Pagefind's JavaScript API and
 * fills in the results. Without JavaScript, or until the script runs, the
 * page says so and offers browsing instead; the search box, which would do
 * nothing, stays hidden.
 */
export function render(data: PageData) {
  return (
    <BaseLayout {...contentPageShell(data)} searchable={false} head={<script type="module" src={data.searchScript.href} />}>
      <h1 class="sn-heading-xl">{data.title}</h1>
      <Markdown html={markdownBody(data.page)} />
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
        <SearchForm id="search-page-query" label="Search wards, boroughs and questions" />
        <SearchResults />
      </div>
    </BaseLayout>
  );
}
