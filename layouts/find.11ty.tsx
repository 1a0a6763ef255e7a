import { BaseLayout } from "./base.tsx";
import { PostcodeAttribution } from "./components/data-attribution.tsx";
import { FindForm } from "./components/find-form.tsx";
import { FindResult } from "./components/find-result.tsx";
import { Locate } from "./components/locate.tsx";
import { Markdown } from "./components/markdown.tsx";
import { contentPageShell, markdownBody, type PageData } from "./page-data.ts";

/**
 * The find-your-team page. Its script (assets/js/find.ts) reads ?postcode=,
 * fetches only that postcode district's lookup file and shows the team.
 * Without JavaScript, or until the script runs, the page says so and offers
 * the postcode district index instead; the form, which would do nothing
 * here, stays hidden. "Use my location" (assets/js/find/locate-page.ts) sits
 * under the form, shown only where the browser can share a position.
 */
export function render(data: PageData) {
  const script = data.findScript;
  const locate = data.hasBoundaries ? data.locateScript : undefined;
  const head = (
    <>
      {script && <script type="module" src={script.href} />}
      {locate && <script type="module" src={locate.href} />}
    </>
  );
  return (
    <BaseLayout {...contentPageShell(data)} head={head}>
      <h1 class="sn-heading-xl">{data.title}</h1>
      <Markdown html={markdownBody(data.page)} />
      {/* Shown until the script takes over, so it also covers JavaScript that fails to load. */}
      <div class="sn-notice sn-find-page__fallback" data-find-fallback="">
        <p>
          Looking up a postcode needs JavaScript, which is turned off, still loading or not available in your browser.
          You can still find your team:
        </p>
        <ul>
          <li>
            <a href="/areas/postcodes/">find your postcode district</a> (the first part of your postcode, such as NW1) to
            see the wards it covers
          </li>
          <li>
            <a href="/areas/">browse all boroughs and wards from A to Z</a>
          </li>
        </ul>
      </div>
      <div class="sn-find-page" data-find-ui="" data-postcodes={script?.dataBase} hidden>
        <FindForm id="find-postcode" />
        <FindResult />
        {locate && <Locate />}
      </div>
      <PostcodeAttribution />
    </BaseLayout>
  );
}
