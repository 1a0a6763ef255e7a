import type { GuideFrontMatter } from "../src/report/schema.ts";
import { BaseLayout } from "./base.tsx";
import { GuideContacts } from "./components/guide-contacts.tsx";
import { Markdown } from "./components/markdown.tsx";
import { markdownBody, pageUrl, type PageData } from "./page-data.ts";

/** One problem: who deals with it, what else to know, and what the Safer Neighbourhoods team does. */
export function render(data: PageData & GuideFrontMatter) {
  return (
    <BaseLayout
      title={`${data.title}: who to contact`}
      description={data.summary}
      url={pageUrl(data)}
      stylesheetHref={data.stylesheet.href}
      breadcrumbs={[
        { label: "Home", href: "/" },
        { label: "Report a problem", href: "/report/" },
      ]}
    >
      <article class="sn-guide">
        <p class="sn-caption">Report a problem</p>
        <h1 class="sn-heading-xl">{data.title}</h1>
        <p class="sn-lead">{data.summary}</p>
        <h2 id="who-to-contact">Who to contact</h2>
        <GuideContacts contacts={data.contacts} />
        {typeof data.page.rawInput === "string" && data.page.rawInput.trim() !== "" && (
          <>
            <h2 id="what-to-know">What to know</h2>
            <Markdown html={markdownBody(data.page)} />
          </>
        )}
        <h2 id="what-the-team-does">What your Safer Neighbourhoods team does</h2>
        <p>{data.team_does}</p>
        <p>
          <a href="/areas/">Find your local team</a>
        </p>
        <p class="sn-guide__back">
          <a href="/report/">See all problems and who deals with them</a>
        </p>
      </article>
    </BaseLayout>
  );
}
