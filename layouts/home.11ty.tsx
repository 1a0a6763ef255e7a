import { siteOrganisation } from "../src/seo/structured-data.ts";
import { BaseLayout } from "./base.tsx";
import { Markdown } from "./components/markdown.tsx";
import { SearchForm } from "./components/search-form.tsx";
import { contentPageShell, markdownBody, type PageData } from "./page-data.ts";

/**
 * Home page: what Safer Neighbourhoods is, emergency guidance, then the two
 * things most people come for: finding their team and common questions.
 */
export function render(data: PageData) {
  const questions = data.collections.faq ?? [];
  return (
    <BaseLayout
      {...contentPageShell(data)}
      structuredData={[siteOrganisation()]}
    >
      <div class="sn-hero">
        <h1 class="sn-heading-xl sn-hero__title">{data.title}</h1>
        <Markdown class="sn-hero__intro" html={markdownBody(data.page)} />
      </div>

      <div class="sn-inset sn-inset--emergency">
        <p class="sn-inset__text">
          <strong>In an emergency, call 999.</strong> If a crime is happening or someone is in danger, call 999 now.
        </p>
        <p class="sn-inset__text">For anything that is not an emergency, call 101.</p>
      </div>

      <section class="sn-home-section sn-home-section--find" aria-labelledby="find-your-team-heading">
        <h2 class="sn-home-section__heading" id="find-your-team-heading">
          Find your local team
        </h2>
        <p class="sn-home-section__hint">You can search by ward, borough or the postcode of a team base.</p>
        <SearchForm id="home-search" label="Ward, borough or postcode" landmarkLabel="Find your local team" />
        <p class="sn-home-section__more">
          <a href="/areas/">Browse all areas</a>
        </p>
      </section>

      <section class="sn-home-section" aria-labelledby="common-questions-heading">
        <h2 class="sn-home-section__heading" id="common-questions-heading">
          Common questions
        </h2>
        <ul class="sn-link-list">
          {questions.map((item) => (
            <li class="sn-link-list__item" key={item.fileSlug}>
              <a href={item.url}>{item.data.question}</a>
            </li>
          ))}
        </ul>
        <p class="sn-home-section__more">
          <a href="/faq/">All questions about Safer Neighbourhoods</a>
        </p>
      </section>
    </BaseLayout>
  );
}
