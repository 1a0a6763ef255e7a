import { trustEleventyMarkdown } from "../src/markdown/markdown.ts";
import { BaseLayout } from "./base.tsx";
import { Markdown } from "./components/markdown.tsx";
import { contentPageShell, type PageData } from "./page-data.ts";

/**
 * The search page: the one page with JavaScript. Pagefind's Component UI does
 * the searching in the browser; our script only runs the ?q= query from the
 * header form. Without JavaScript, the page says so and offers browsing.
 */
export function render(data: PageData) {
  return (
    <BaseLayout
      {...contentPageShell(data)}
      searchable={false}
      head={
        <>
          <link rel="stylesheet" href="/pagefind/pagefind-component-ui.css" />
          <script src="/pagefind/pagefind-component-ui.js" defer />
          <script type="module" src={data.searchScript.href} />
        </>
      }
    >
      <h1 class="sn-heading-xl">{data.title}</h1>
      <Markdown html={trustEleventyMarkdown(data.content)} />
      {/* Shown until the search script takes over, so it also covers JavaScript that fails to load. */}
      <div class="sn-notice sn-notice--warning sn-search-page__fallback" data-search-fallback>
          <p>
            Search needs JavaScript, which is turned off, still loading or not available in your browser. You can still find your team
            and answers:
          </p>
          <ul>
            <li>
              <a href="/areas/">browse all areas and wards from A to Z</a>
            </li>
            <li>
              <a href="/faq/">read questions about Safer Neighbourhoods</a>
            </li>
          </ul>
      </div>
      <section class="sn-search-page" aria-label="Search results" data-search-ui hidden>
        <pagefind-input placeholder="Ward, borough, postcode or question" debounce="100" />
        <pagefind-summary />
        <pagefind-results show-sub-results />
      </section>
    </BaseLayout>
  );
}
