import { SearchAlternatives } from "./search-alternatives.tsx";

/**
 * The empty frame the search page's script (assets/js/search.ts) fills: a
 * polite live region for the summary and for slow and failed searches, the
 * list, a button for more, and advice for no results. Everything with links
 * is here in the HTML, so that the links get the site's path prefix. Hidden
 * until the script runs: without it, there is nothing to show here.
 */
export function SearchResults() {
  return (
    <section class="sn-search-page__results" aria-label="Search results" data-search-output hidden>
      <p class="sn-search-page__status" role="status" data-search-status />
      {/* For a query that is a postcode: the find page knows every postcode, search only those of teams' bases. */}
      <p class="sn-search-page__postcode" data-search-postcode hidden>
        <a class="sn-search-page__postcode-link" href="/find/" data-search-postcode-link>
          Find the Safer Neighbourhoods team for <span data-search-postcode-text />
        </a>
      </p>
      <ol class="sn-search-results" data-search-results hidden />
      <button class="sn-button sn-button--secondary sn-search-page__more" type="button" data-search-more hidden>
        Show more results
      </button>
      <div class="sn-search-page__advice" data-search-no-results hidden>
        <p>Improve your results by:</p>
        <ul>
          <li>checking the spelling</li>
          <li>searching for the name of a ward or borough, or your postcode</li>
          <li>using fewer words</li>
        </ul>
        <p>You can also:</p>
        <SearchAlternatives />
      </div>
      <div class="sn-notice sn-notice--warning sn-search-page__error" data-search-error hidden>
        <p>Search is not working at the moment. You can still:</p>
        <SearchAlternatives />
      </div>
    </section>
  );
}
