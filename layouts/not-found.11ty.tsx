import { BaseLayout } from "./base.tsx";
import { Markdown } from "./components/markdown.tsx";
import { SearchForm } from "./components/search-form.tsx";
import { contentPageShell, markdownBody, type PageData } from "./page-data.ts";

/**
 * The 404 page. It is kept out of search results, and every link is
 * root-relative because it is served at whatever address was not found.
 */
export function render(data: PageData) {
  return (
    <BaseLayout
      {...contentPageShell(data)}
      searchable={false}
      indexable={false}
    >
      <h1 class="sn-heading-xl">{data.title}</h1>
      <Markdown html={markdownBody(data.page)} />
      <SearchForm id="not-found-search" label="Search for a page" />
      <p>Or you can:</p>
      <ul class="sn-link-list">
        <li class="sn-link-list__item">
          <a href="/">go to the home page</a>
        </li>
        <li class="sn-link-list__item">
          <a href="/areas/">find your local team</a>
        </li>
        <li class="sn-link-list__item">
          <a href="/faq/">read questions about Safer Neighbourhoods</a>
        </li>
      </ul>
    </BaseLayout>
  );
}
