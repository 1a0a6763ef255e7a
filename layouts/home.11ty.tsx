import { siteOrganisation } from "../src/seo/structured-data.ts";
import { BaseLayout } from "./base.tsx";
import { Markdown } from "./components/markdown.tsx";
import { FindForm } from "./components/find-form.tsx";
import { contentPageShell, markdownBody, type PageData } from "./page-data.ts";

/**
 * Home page, in the order people need it on a phone: find your team, then
 * the common tasks (what to do about a problem, with 999 first), then what
 * Safer Neighbourhoods is and common questions.
 */
export function render(data: PageData & { readonly lead?: string }) {
  const questions = data.collections.faq ?? [];
  const guides = data.collections.report ?? [];
  return (
    <BaseLayout {...contentPageShell(data)} structuredData={[siteOrganisation()]}>
      <div class="sn-hero">
        <h1 class="sn-heading-xl sn-hero__title">{data.title}</h1>
        {data.lead !== undefined && <p class="sn-hero__lead">{data.lead}</p>}
      </div>

      <section class="sn-home-section sn-home-section--find" aria-labelledby="find-your-team-heading">
        <h2 class="sn-home-section__heading" id="find-your-team-heading">
          Find your local team
        </h2>
        <FindForm id="home-find" />
        <p class="sn-home-section__more">
          <a href="/areas/">Browse all areas</a> or <a href="/search/">search by ward or borough name</a>
        </p>
      </section>

      <section class="sn-home-section" aria-labelledby="report-heading">
        <h2 class="sn-home-section__heading" id="report-heading">
          Report a problem
        </h2>
        <div class="sn-inset sn-inset--emergency">
          <p class="sn-inset__text">
            <strong>In an emergency, call 999.</strong> If a crime is happening or someone is in danger, call 999 now.
            For anything else, call 101 or <a href="/contact/">see other ways to contact the police</a>.
          </p>
        </div>
        <p>Find out who deals with it, and what your local team does:</p>
        <ul class="sn-link-list sn-link-list--columns">
          {guides.map((item) => (
            <li class="sn-link-list__item" key={item.fileSlug}>
              <a href={item.url}>{item.data.title}</a>
            </li>
          ))}
        </ul>
      </section>

      <section class="sn-home-section" aria-labelledby="about-heading">
        <h2 class="sn-home-section__heading" id="about-heading">
          About Safer Neighbourhoods
        </h2>
        <Markdown class="sn-hero__intro" html={markdownBody(data.page)} />
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
